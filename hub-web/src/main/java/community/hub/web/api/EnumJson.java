package community.hub.web.api;

import community.hub.account.Role;
import community.hub.booking.ActivityType;
import community.hub.booking.Visibility;
import community.hub.organisation.OrganisationType;
import community.hub.room.RateBand;
import community.hub.room.RoomFeature;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The API writes the hub's choices in snake_case ({@code step_free_access}, {@code community}, {@code monday}),
 * as SPEC §4 does for activity types, and reads them back the same way.
 */
public abstract class EnumJson<E extends Enum<E>> implements JsonbAdapter<E, String> {

    private final Class<E> type;

    protected EnumJson(Class<E> type) {
        this.type = type;
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String adaptToJson(E value) {
        return name(value);
    }

    @Override
    public E adaptFromJson(String json) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> name(constant).equals(json.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new UnknownValue(
                        json,
                        Arrays.stream(type.getEnumConstants())
                                .map(EnumJson::name)
                                .collect(Collectors.joining(", "))));
    }

    public static final class Features extends EnumJson<RoomFeature> {
        public Features() {
            super(RoomFeature.class);
        }
    }

    public static final class RateBands extends EnumJson<RateBand> {
        public RateBands() {
            super(RateBand.class);
        }
    }

    public static final class OrganisationTypes extends EnumJson<OrganisationType> {
        public OrganisationTypes() {
            super(OrganisationType.class);
        }
    }

    public static final class Roles extends EnumJson<Role> {
        public Roles() {
            super(Role.class);
        }
    }

    public static final class ActivityTypes extends EnumJson<ActivityType> {
        public ActivityTypes() {
            super(ActivityType.class);
        }
    }

    public static final class IncomeSources extends EnumJson<community.hub.income.IncomeSource> {
        public IncomeSources() {
            super(community.hub.income.IncomeSource.class);
        }
    }

    public static final class Visibilities extends EnumJson<Visibility> {
        public Visibilities() {
            super(Visibility.class);
        }
    }

    public static final class CafeRoles extends EnumJson<community.hub.rota.CafeRole> {
        public CafeRoles() {
            super(community.hub.rota.CafeRole.class);
        }
    }

    public static final class RotaDeliveries extends EnumJson<community.hub.rota.RotaDelivery> {
        public RotaDeliveries() {
            super(community.hub.rota.RotaDelivery.class);
        }
    }

    public static final class Days extends EnumJson<DayOfWeek> {
        public Days() {
            super(DayOfWeek.class);
        }
    }
}

package community.hub.web.room.api;

import community.hub.room.OpeningHours;
import community.hub.room.RateBand;
import community.hub.room.Room;
import community.hub.web.api.EnumJson;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A room as the API shows it to anyone: what it is, what it offers and when it opens. */
public record RoomView(
        long id,
        String slug,
        String name,
        int capacity,
        String floor,
        String description,
        List<String> features,
        List<String> accessibilityFeatures,
        List<Hours> openingHours,
        int turnaroundMinutes,
        int minimumBookingMinutes,
        int maximumBookingMinutes,
        Rates hourlyRates,
        boolean bookableByTenants,
        boolean retired) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Opening hours on one day, wall-clock time in Europe/London. */
    public record Hours(String day, String opens, String closes) {
        static Hours of(OpeningHours hours) {
            return new Hours(
                    EnumJson.name(hours.getDay()), TIME.format(hours.getOpens()), TIME.format(hours.getCloses()));
        }
    }

    /** What an hour costs in each rate band, in pounds. */
    public record Rates(BigDecimal standard, BigDecimal community, BigDecimal free) {}

    public static RoomView of(Room room) {
        return new RoomView(
                room.getId(),
                room.getSlug(),
                room.getName(),
                room.getCapacity(),
                room.getFloor(),
                room.getDescription(),
                room.getFeatures().stream().sorted().map(EnumJson::name).toList(),
                room.accessibilityFeatures().stream()
                        .sorted()
                        .map(EnumJson::name)
                        .toList(),
                room.getOpeningHours().stream().map(Hours::of).toList(),
                room.getTurnaroundMinutes(),
                room.getMinimumBookingMinutes(),
                room.getMaximumBookingMinutes(),
                new Rates(
                        room.hourlyRate(RateBand.STANDARD),
                        room.hourlyRate(RateBand.COMMUNITY),
                        room.hourlyRate(RateBand.FREE)),
                room.isBookableByTenants(),
                room.isRetired());
    }
}

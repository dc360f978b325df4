package community.hub.web.rota;

import community.hub.rota.CafeRole;
import community.hub.rota.Shift;
import community.hub.rota.store.WeekAsShown;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** One job on one shift: who holds its places, and how many are open and why. */
public final class GridCell implements Serializable {
    private final CafeRole role;
    private final int required;
    private final List<GridPerson> people;
    private final int missing;
    private final String reason;

    private GridCell(CafeRole role, int required, List<GridPerson> people, int missing, String reason) {
        this.role = role;
        this.required = required;
        this.people = people;
        this.missing = missing;
        this.reason = reason;
    }

    static GridCell of(Shift shift, CafeRole role, WeekAsShown week, Locale locale) {
        List<GridPerson> people = week.getRota().assignedTo(shift, role).stream()
                .map(held -> new GridPerson(
                        held.getMemberId(),
                        week.nameOf(held.getMemberId()),
                        held.isLocked(),
                        week.isNewSincePublished(held)))
                .toList();
        int missing = week.getRota().missing(shift, role);
        String reason = week.gap(shift, role).map(gap -> gap.reason(locale)).orElse(null);
        return new GridCell(role, shift.placesFor(role), people, missing, reason);
    }

    public CafeRole getRole() {
        return role;
    }

    public String getRoleKey() {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isHasPlaces() {
        return required > 0;
    }

    public int getRequired() {
        return required;
    }

    public List<GridPerson> getPeople() {
        return people;
    }

    public int getMissing() {
        return missing;
    }

    public boolean isGap() {
        return missing > 0;
    }

    public String getReason() {
        return reason;
    }
}

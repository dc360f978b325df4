package community.hub.rota;

import java.util.Comparator;
import java.util.Objects;

/**
 * A member in one place on a shift. A locked assignment was set by staff (by hand, a move or an approved
 * swap): auto-fill keeps it, and starting the week again keeps only those.
 */
public final class Assignment {

    static final Comparator<Assignment> IN_ROTA_ORDER = Comparator.comparing(Assignment::getShift, Shift.IN_TIME_ORDER)
            .thenComparing(Assignment::getRole)
            .thenComparingLong(Assignment::getMemberId);

    private final Shift shift;
    private final long memberId;
    private final CafeRole role;
    private final boolean locked;

    public Assignment(Shift shift, long memberId, CafeRole role, boolean locked) {
        this.shift = Objects.requireNonNull(shift);
        this.memberId = memberId;
        this.role = Objects.requireNonNull(role);
        this.locked = locked;
        if (shift.placesFor(role) == 0) {
            throw new IllegalArgumentException("Shift " + shift.getId() + " has no place for " + role);
        }
    }

    /** An assignment staff made, which auto-fill keeps. */
    public static Assignment setByStaff(Shift shift, long memberId, CafeRole role) {
        return new Assignment(shift, memberId, role, true);
    }

    /** The same member in the same place, locked. */
    public Assignment locked() {
        return new Assignment(shift, memberId, role, true);
    }

    public Shift getShift() {
        return shift;
    }

    public long getMemberId() {
        return memberId;
    }

    public CafeRole getRole() {
        return role;
    }

    public boolean isLocked() {
        return locked;
    }

    /** The same member in the same place, locked or not. */
    boolean isSamePlaceAs(Assignment other) {
        return memberId == other.memberId && role == other.role && shift.equals(other.shift);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Assignment assignment && isSamePlaceAs(assignment) && locked == assignment.locked;
    }

    @Override
    public int hashCode() {
        return Objects.hash(shift, memberId, role, locked);
    }

    @Override
    public String toString() {
        return memberId + " as " + role + " on " + shift.getId() + (locked ? " (locked)" : "");
    }
}

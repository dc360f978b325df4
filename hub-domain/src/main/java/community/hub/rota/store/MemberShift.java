package community.hub.rota.store;

import community.hub.rota.CafeRole;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import java.util.Optional;

/** One of a member's places in a published week, with any swap they have offered for it. */
public final class MemberShift {

    private final RotaWeek week;
    private final Shift shift;
    private final CafeRole role;
    private final String title;
    private final boolean newSincePublished;
    private final ShiftSwap swap;

    MemberShift(CafeAssignment held, boolean newSincePublished, ShiftSwap swap) {
        this.week = held.getShift().getWeek().getWeek();
        this.shift = held.getShift().toShift();
        this.role = held.getRole();
        this.title = held.getShift().getTitle();
        this.newSincePublished = newSincePublished;
        this.swap = swap;
    }

    public RotaWeek getWeek() {
        return week;
    }

    public Shift getShift() {
        return shift;
    }

    public CafeRole getRole() {
        return role;
    }

    public Optional<String> getTitle() {
        return Optional.ofNullable(title);
    }

    /** They were put on it after the week was published. */
    public boolean isNewSincePublished() {
        return newSincePublished;
    }

    /** The swap they offered for this place that is still open, if any. */
    public Optional<ShiftSwap> getOpenSwap() {
        return Optional.ofNullable(swap);
    }
}

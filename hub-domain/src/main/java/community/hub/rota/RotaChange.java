package community.hub.rota;

import java.util.Collection;
import java.util.List;

/**
 * A change to a week's rota that staff or volunteers ask for: who leaves which place and who takes which.
 * The places people take in a move or a swap are locked, because staff decided them.
 */
public final class RotaChange {

    private final List<Assignment> leaving;
    private final List<Assignment> coming;

    private RotaChange(Collection<Assignment> leaving, Collection<Assignment> coming) {
        this.leaving = List.copyOf(leaving);
        this.coming = List.copyOf(coming);
    }

    public static RotaChange of(Collection<Assignment> leaving, Collection<Assignment> coming) {
        return new RotaChange(leaving, coming);
    }

    /** Someone put into an open place. */
    public static RotaChange place(Assignment coming) {
        return new RotaChange(List.of(), List.of(coming));
    }

    /** Someone taken off a shift. */
    public static RotaChange takeOff(Assignment leaving) {
        return new RotaChange(List.of(leaving), List.of());
    }

    /** Staff drag someone from one place to another. */
    public static RotaChange move(Assignment from, Shift to, CafeRole role) {
        return new RotaChange(List.of(from), List.of(Assignment.setByStaff(to, from.getMemberId(), role)));
    }

    /** A volunteer offers their place and another member takes it. */
    public static RotaChange handOver(Assignment offered, long takerId) {
        return new RotaChange(
                List.of(offered), List.of(Assignment.setByStaff(offered.getShift(), takerId, offered.getRole())));
    }

    /** Two members swap places with each other. */
    public static RotaChange exchange(Assignment one, Assignment other) {
        return new RotaChange(
                List.of(one, other),
                List.of(
                        Assignment.setByStaff(other.getShift(), one.getMemberId(), other.getRole()),
                        Assignment.setByStaff(one.getShift(), other.getMemberId(), one.getRole())));
    }

    public List<Assignment> getLeaving() {
        return leaving;
    }

    public List<Assignment> getComing() {
        return coming;
    }

    @Override
    public String toString() {
        return "leaving " + leaving + ", coming " + coming;
    }
}

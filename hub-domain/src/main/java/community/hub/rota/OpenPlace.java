package community.hub.rota;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** A role on a shift that still needs people, and how to say why nobody could take it. */
record OpenPlace(Shift shift, CafeRole role) {

    /** Someone could take the place: nobody has chosen them yet. */
    RotaReason stillOpen() {
        return reason("gap.notYetFilled");
    }

    /**
     * Says what stopped the people who came closest, given the first rule each member of the team broke:
     * nobody trained; everyone trained away or not free; everyone free already working or out of hours;
     * or no job coach to support those who need one.
     */
    RotaReason why(Set<HardRule> stoppedBy, int jobCoaches, SupportRatio supportRatio) {
        if (stoppedBy.isEmpty() || stoppedBy.equals(Set.of(HardRule.TRAINED))) {
            return reason("gap.nobodyTrained");
        }
        if (stoppedBy.contains(HardRule.JOB_COACH_ON_SHIFT)) {
            return jobCoaches == 0
                    ? reason("gap.noJobCoach")
                    : reason("gap.jobCoachesFull", supportRatio.getMembersPerJobCoach());
        }
        return whyNobodyFreeCame(
                stoppedBy.contains(HardRule.ONE_PLACE_AT_A_TIME), stoppedBy.contains(HardRule.WITHIN_MAXIMUM_HOURS));
    }

    private RotaReason whyNobodyFreeCame(boolean working, boolean outOfHours) {
        if (working && outOfHours) {
            return reason("gap.workingOrOutOfHours");
        }
        if (working) {
            return reason("gap.allWorking");
        }
        return outOfHours ? reason("gap.maximumHours") : reason("gap.noneFree");
    }

    /** {0} role, {1} day, {2} part of the day, {3} date, then the extras. */
    private RotaReason reason(String key, Object... extras) {
        List<Object> arguments = new ArrayList<>(List.of(role, shift.getDay(), shift.getPartOfDay(), shift.getDate()));
        arguments.addAll(Arrays.asList(extras));
        return new RotaReason(key, arguments.toArray());
    }
}

package community.hub.rota;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The shifts each member worked last week, for those who like the same shifts every week. */
final class LastWeek {

    /** How a shift fits someone's weekly routine, best first. */
    enum Fit {
        /** They like the same shifts, and worked this one last week. */
        USUAL,
        /** They have no routine to keep, or worked nothing last week. */
        NO_ROUTINE,
        /** They like the same shifts, and this is not one of theirs. */
        UNUSUAL
    }

    private final Map<Long, List<Shift>> shiftsByMember = new HashMap<>();

    LastWeek(Collection<Assignment> assignments) {
        assignments.forEach(assignment -> shiftsByMember
                .computeIfAbsent(assignment.getMemberId(), id -> new ArrayList<>())
                .add(assignment.getShift()));
    }

    Fit fit(RotaMember member, Shift shift) {
        List<Shift> worked = shiftsByMember.getOrDefault(member.getId(), List.of());
        if (!member.isPrefersSameShifts() || worked.isEmpty()) {
            return Fit.NO_ROUTINE;
        }
        return worked.stream().anyMatch(shift::isSameTimeOfWeekAs) ? Fit.USUAL : Fit.UNUSUAL;
    }
}

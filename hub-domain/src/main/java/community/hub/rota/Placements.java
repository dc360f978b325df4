package community.hub.rota;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is where while a week is being filled or changed: a working copy of a rota, indexed by member and
 * by shift, that the hard rules read and auto-fill and changes write.
 */
final class Placements {

    private final Rota rota;
    private final Team team;
    private final Map<Long, List<Assignment>> byMember = new HashMap<>();
    private final Map<String, List<Assignment>> byShift = new HashMap<>();

    Placements(Rota rota, Team team) {
        this.rota = rota;
        this.team = team;
        rota.getAssignments().forEach(this::add);
    }

    void add(Assignment assignment) {
        byMember.computeIfAbsent(assignment.getMemberId(), id -> new ArrayList<>())
                .add(assignment);
        byShift.computeIfAbsent(assignment.getShift().getId(), id -> new ArrayList<>())
                .add(assignment);
    }

    /** Takes the member out of that place, locked or not; false if they were not in it. */
    boolean remove(Assignment assignment) {
        List<Assignment> theirs = byMember.getOrDefault(assignment.getMemberId(), List.of());
        Assignment held =
                theirs.stream().filter(assignment::isSamePlaceAs).findFirst().orElse(null);
        if (held == null) {
            return false;
        }
        theirs.remove(held);
        byShift.get(held.getShift().getId()).remove(held);
        return true;
    }

    boolean holds(Shift shift) {
        return rota.getShifts().contains(shift);
    }

    Team team() {
        return team;
    }

    List<Assignment> of(long memberId) {
        return byMember.getOrDefault(memberId, List.of());
    }

    List<Assignment> on(Shift shift) {
        return byShift.getOrDefault(shift.getId(), List.of());
    }

    int filled(Shift shift, CafeRole role) {
        return (int) on(shift).stream()
                .filter(assignment -> assignment.getRole() == role)
                .count();
    }

    Duration hoursOf(long memberId) {
        Duration hours = Duration.ZERO;
        for (Assignment assignment : of(memberId)) {
            hours = hours.plus(assignment.getShift().getLength());
        }
        return hours;
    }

    int jobCoachesOn(Shift shift) {
        return filled(shift, CafeRole.SUPERVISOR_JOB_COACH);
    }

    int needingJobCoachOn(Shift shift) {
        return (int) on(shift).stream()
                .filter(assignment -> team.needsJobCoach(assignment.getMemberId()))
                .count();
    }

    /** True when the member's buddy is already on the shift, whichever of the two named the other. */
    boolean isWithBuddy(RotaMember member, Shift shift) {
        return on(shift).stream()
                .anyMatch(assignment -> member.isBuddyOf(assignment.getMemberId())
                        || team.find(assignment.getMemberId())
                                .map(other -> other.isBuddyOf(member.getId()))
                                .orElse(false));
    }

    Rota toRota() {
        List<Assignment> all = new ArrayList<>();
        byMember.values().forEach(all::addAll);
        return new Rota(rota.getWeek(), rota.getShifts(), all);
    }
}

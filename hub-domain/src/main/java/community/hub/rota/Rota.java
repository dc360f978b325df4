package community.hub.rota;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One week of the café rota: its shifts and who is in which place. A rota never changes; a change to it,
 * by auto-fill or by {@link RotaRules#apply}, makes a new one.
 */
public final class Rota {

    private final RotaWeek week;
    private final List<Shift> shifts;
    private final List<Assignment> assignments;

    public Rota(RotaWeek week, Collection<Shift> shifts, Collection<Assignment> assignments) {
        this.week = Objects.requireNonNull(week);
        this.shifts = shifts.stream().sorted(Shift.IN_TIME_ORDER).toList();
        this.assignments = assignments.stream().sorted(Assignment.IN_ROTA_ORDER).toList();
        checkShifts();
        checkAssignments();
    }

    /** The week's shifts with nobody on them yet. */
    public static Rota unfilled(RotaWeek week, Collection<Shift> shifts) {
        return new Rota(week, shifts, List.of());
    }

    private void checkShifts() {
        Set<String> ids = new HashSet<>();
        for (Shift shift : shifts) {
            if (!week.contains(shift.getDate()) || !ids.add(shift.getId())) {
                throw new IllegalArgumentException(
                        "Shift " + shift.getId() + " is outside " + week + " or there twice");
            }
        }
    }

    private void checkAssignments() {
        Set<Shift> known = Set.copyOf(shifts);
        Set<String> memberOnShift = new HashSet<>();
        for (Assignment assignment : assignments) {
            if (!known.contains(assignment.getShift())
                    || !memberOnShift.add(assignment.getMemberId() + "@"
                            + assignment.getShift().getId())) {
                throw new IllegalArgumentException(
                        "Assignment " + assignment + " is for a shift not in " + week + " or twice on one shift");
            }
        }
    }

    public RotaWeek getWeek() {
        return week;
    }

    /** In time order. */
    public List<Shift> getShifts() {
        return shifts;
    }

    /** In time order, then by role, then by member id. */
    public List<Assignment> getAssignments() {
        return assignments;
    }

    public Optional<Shift> shift(String id) {
        return shifts.stream().filter(shift -> shift.getId().equals(id)).findFirst();
    }

    public List<Assignment> assignedTo(Shift shift, CafeRole role) {
        return assignments.stream()
                .filter(assignment -> assignment.getShift().equals(shift) && assignment.getRole() == role)
                .toList();
    }

    /** How many places of this role on this shift nobody holds yet. */
    public int missing(Shift shift, CafeRole role) {
        return Math.max(0, shift.placesFor(role) - assignedTo(shift, role).size());
    }

    /** One member's places this week, in time order. */
    public List<Assignment> shiftsOf(long memberId) {
        return assignments.stream()
                .filter(assignment -> assignment.getMemberId() == memberId)
                .toList();
    }

    public Duration hoursOf(long memberId) {
        return shiftsOf(memberId).stream()
                .map(assignment -> assignment.getShift().getLength())
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The same week with one shift needing other numbers of people; those already on it keep their places. Refuses
     * fewer places in a job than people already doing it: staff take someone off first.
     */
    public Rota withPlaces(String shiftId, Map<CafeRole, Integer> places) {
        Shift before =
                shift(shiftId).orElseThrow(() -> new IllegalArgumentException("No shift " + shiftId + " in " + week));
        Shift after = new Shift(before.getId(), before.getDate(), before.getStart(), before.getEnd(), places);
        for (CafeRole role : CafeRole.values()) {
            int held = assignedTo(before, role).size();
            if (held > after.placesFor(role)) {
                throw new RotaReason("change.placesHeld", role, held, before.getDay(), before.getPartOfDay())
                        .refusal("places");
            }
        }
        return new Rota(
                week,
                shifts.stream()
                        .map(shift -> shift.getId().equals(shiftId) ? after : shift)
                        .toList(),
                assignments.stream()
                        .map(held -> held.getShift().getId().equals(shiftId)
                                ? new Assignment(after, held.getMemberId(), held.getRole(), held.isLocked())
                                : held)
                        .toList());
    }

    /**
     * The places someone who leaves the team gives up: theirs on every shift that starts at or after {@code from}
     * (Europe/London wall-clock). Shifts already started or worked keep them, for the hours they worked.
     */
    public List<Assignment> placesFrom(long memberId, LocalDateTime from) {
        return shiftsOf(memberId).stream()
                .filter(held -> !held.getShift()
                        .getDate()
                        .atTime(held.getShift().getStart())
                        .isBefore(from))
                .toList();
    }

    /**
     * The same week without these places, whatever the rules would say: someone leaving the team cannot be kept on
     * it. A job coach leaving may leave members who need one without; the open place says why.
     */
    public Rota without(Collection<Assignment> leaving) {
        Set<Assignment> gone = Set.copyOf(leaving);
        return new Rota(
                week,
                shifts,
                assignments.stream().filter(held -> !gone.contains(held)).toList());
    }

    /** The week started again: only the places staff set are kept. */
    public Rota keepingOnlyLocked() {
        return new Rota(
                week, shifts, assignments.stream().filter(Assignment::isLocked).toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rota rota
                && week.equals(rota.week)
                && shifts.equals(rota.shifts)
                && assignments.equals(rota.assignments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(week, shifts, assignments);
    }

    @Override
    public String toString() {
        return week + " " + assignments;
    }
}

package community.hub.rota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The café's usual week: the shifts it runs on each day. Each week's shifts come from it, less the days
 * the café is closed and plus any one-off shifts (a community lunch in the café).
 */
public final class ShiftPattern {

    private final List<RegularShift> regularShifts;

    public ShiftPattern(Collection<RegularShift> regularShifts) {
        Set<String> starts = new HashSet<>();
        for (RegularShift shift : regularShifts) {
            if (!starts.add(shift.getDay() + " " + shift.getStart())) {
                throw RotaRefusal.invalidField("regularShifts", "pattern.sameStart", shift.getDay());
            }
        }
        this.regularShifts =
                regularShifts.stream().sorted(RegularShift.IN_WEEK_ORDER).toList();
    }

    /** Monday first, earliest first. */
    public List<RegularShift> getRegularShifts() {
        return regularShifts;
    }

    /** When the café opens on a date by its usual week: its first shift's start to its last one's end; none without shifts. */
    public Optional<CafeHours> hoursOn(LocalDate date) {
        List<RegularShift> thatDay = regularShifts.stream()
                .filter(regular -> regular.getDay() == date.getDayOfWeek())
                .toList();
        if (thatDay.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CafeHours(
                date,
                thatDay.stream()
                        .map(RegularShift::getStart)
                        .min(Comparator.naturalOrder())
                        .orElseThrow(),
                thatDay.stream()
                        .map(RegularShift::getEnd)
                        .max(Comparator.naturalOrder())
                        .orElseThrow()));
    }

    /** The week's usual shifts, with nothing closed and nothing extra. */
    public List<Shift> shiftsFor(RotaWeek week) {
        return shiftsFor(week, List.of(), List.of());
    }

    /**
     * The week's shifts in time order. A closed date (the café's own closed day, or a hub closure) has no
     * shifts at all, extra ones included: the café is shut. Extra shifts must fall in the week and have ids
     * of their own.
     */
    public List<Shift> shiftsFor(RotaWeek week, Collection<LocalDate> closedDates, Collection<Shift> extraShifts) {
        Set<LocalDate> closed = Set.copyOf(closedDates);
        List<Shift> shifts = new ArrayList<>();
        for (LocalDate date : week.getDates()) {
            regularShifts.stream()
                    .filter(regular -> regular.getDay() == date.getDayOfWeek())
                    .map(regular -> regular.on(date))
                    .forEach(shifts::add);
        }
        shifts.addAll(extraShifts);
        checkOneWeekOneIdEach(week, shifts);
        return shifts.stream()
                .filter(shift -> !closed.contains(shift.getDate()))
                .sorted(Shift.IN_TIME_ORDER)
                .toList();
    }

    private static void checkOneWeekOneIdEach(RotaWeek week, List<Shift> shifts) {
        Set<String> ids = new HashSet<>();
        for (Shift shift : shifts) {
            if (!week.contains(shift.getDate())) {
                throw new IllegalArgumentException("Shift " + shift.getId() + " is not in " + week);
            }
            if (!ids.add(shift.getId())) {
                throw new IllegalArgumentException("Two shifts in " + week + " have the id " + shift.getId());
            }
        }
    }
}

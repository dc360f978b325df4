package community.hub.rota;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/** One line of the weekly pattern: a shift the café runs on this day every week. */
public final class RegularShift {

    static final Comparator<RegularShift> IN_WEEK_ORDER =
            Comparator.comparing(RegularShift::getDay).thenComparing(RegularShift::getStart);

    private final DayOfWeek day;
    private final LocalTime start;
    private final LocalTime end;
    private final Map<CafeRole, Integer> places;

    public RegularShift(DayOfWeek day, LocalTime start, LocalTime end, Map<CafeRole, Integer> places) {
        this.day = Objects.requireNonNull(day);
        this.start = Objects.requireNonNull(start);
        this.end = Objects.requireNonNull(end);
        Shift.checkTimes(start, end);
        this.places = Shift.placesFrom(places);
    }

    /** This week's shift on the given date, which must fall on this shift's day. */
    Shift on(LocalDate date) {
        if (date.getDayOfWeek() != day) {
            throw new IllegalArgumentException(date + " is not a " + day);
        }
        return new Shift(Shift.idFor(date, start), date, start, end, places);
    }

    public DayOfWeek getDay() {
        return day;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public Map<CafeRole, Integer> getPlaces() {
        return places;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegularShift shift
                && day == shift.day
                && start.equals(shift.start)
                && end.equals(shift.end)
                && places.equals(shift.places);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, start, end);
    }

    @Override
    public String toString() {
        return day + " " + start + "–" + end + " " + places;
    }
}

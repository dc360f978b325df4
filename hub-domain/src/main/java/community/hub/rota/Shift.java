package community.hub.rota;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dated period the café is open, in Europe/London wall-clock time, with how many places it has for
 * each role. A shift starts and ends on the same day.
 */
public final class Shift {

    static final Comparator<Shift> IN_TIME_ORDER = Comparator.comparing(Shift::getDate)
            .thenComparing(Shift::getStart)
            .thenComparing(Shift::getEnd)
            .thenComparing(Shift::getId);

    private final String id;
    private final LocalDate date;
    private final LocalTime start;
    private final LocalTime end;
    private final Map<CafeRole, Integer> places;

    public Shift(String id, LocalDate date, LocalTime start, LocalTime end, Map<CafeRole, Integer> places) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A shift needs an id");
        }
        this.id = id;
        this.date = Objects.requireNonNull(date);
        this.start = Objects.requireNonNull(start);
        this.end = Objects.requireNonNull(end);
        checkTimes(start, end);
        this.places = placesFrom(places);
    }

    /** The id of a shift made from the weekly pattern: its date and start time, as in {@code 2026-03-03T08:30}. */
    public static String idFor(LocalDate date, LocalTime start) {
        return date + "T" + start;
    }

    static void checkTimes(LocalTime start, LocalTime end) {
        if (!start.isBefore(end)) {
            throw RotaRefusal.invalidField("end", "shift.order");
        }
    }

    /** The roles with at least one place, in role order; refuses a negative count or a shift with no places. */
    static Map<CafeRole, Integer> placesFrom(Map<CafeRole, Integer> places) {
        Map<CafeRole, Integer> counted = new EnumMap<>(CafeRole.class);
        places.forEach((role, count) -> {
            if (count < 0) {
                throw RotaRefusal.invalidField("places", "shift.places.negative");
            }
            if (count > 0) {
                counted.put(Objects.requireNonNull(role), count);
            }
        });
        if (counted.isEmpty()) {
            throw RotaRefusal.invalidField("places", "shift.places.none");
        }
        return Collections.unmodifiableMap(counted);
    }

    public String getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public DayOfWeek getDay() {
        return date.getDayOfWeek();
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public PartOfDay getPartOfDay() {
        return PartOfDay.startingAt(start);
    }

    public Duration getLength() {
        return Duration.between(start, end);
    }

    /** How many places of each role, in role order (job coaches first). */
    public Map<CafeRole, Integer> getPlaces() {
        return places;
    }

    public List<CafeRole> getRoles() {
        return List.copyOf(places.keySet());
    }

    /** How many people the shift needs in this role; nought if it has no such place. */
    public int placesFor(CafeRole role) {
        return places.getOrDefault(role, 0);
    }

    /** Whether the shift has started by then (or is over): its place is worked, or was, and no longer swapped. */
    public boolean hasBegun(LocalDateTime now) {
        return !date.atTime(start).isAfter(now);
    }

    /** True when one person could not work both shifts; a shift overlaps itself. */
    public boolean overlaps(Shift other) {
        return date.equals(other.date) && start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** True for the same day of the week and the same times, such as this Tuesday morning and last Tuesday morning. */
    public boolean isSameTimeOfWeekAs(Shift other) {
        return getDay() == other.getDay() && start.equals(other.start) && end.equals(other.end);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Shift shift
                && id.equals(shift.id)
                && date.equals(shift.date)
                && start.equals(shift.start)
                && end.equals(shift.end)
                && places.equals(shift.places);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, date, start, end);
    }

    @Override
    public String toString() {
        return id + " " + getDay() + " " + start + "–" + end + " " + places;
    }
}

package community.hub.rota;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/** A time someone can work every week, for example Tuesdays from 08:30 to 12:30. */
public final class AvailableTime {

    static final Comparator<AvailableTime> IN_WEEK_ORDER = Comparator.comparing(AvailableTime::getDay)
            .thenComparing(AvailableTime::getFrom)
            .thenComparing(AvailableTime::getUntil);

    private final DayOfWeek day;
    private final LocalTime from;
    private final LocalTime until;

    public AvailableTime(DayOfWeek day, LocalTime from, LocalTime until) {
        this.day = Objects.requireNonNull(day);
        this.from = Objects.requireNonNull(from);
        this.until = Objects.requireNonNull(until);
        if (!from.isBefore(until)) {
            throw RotaRefusal.invalidField("availability", "member.availability.order", day);
        }
    }

    public DayOfWeek getDay() {
        return day;
    }

    public LocalTime getFrom() {
        return from;
    }

    public LocalTime getUntil() {
        return until;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AvailableTime time
                && day == time.day
                && from.equals(time.from)
                && until.equals(time.until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, from, until);
    }

    @Override
    public String toString() {
        return day + " " + from + "–" + until;
    }
}

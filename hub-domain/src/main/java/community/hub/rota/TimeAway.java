package community.hub.rota;

import java.time.LocalDate;
import java.util.Objects;

/** Days someone is away, from the first to the last, both included. */
public final class TimeAway {

    private final LocalDate first;
    private final LocalDate last;

    public TimeAway(LocalDate first, LocalDate last) {
        this.first = Objects.requireNonNull(first);
        this.last = Objects.requireNonNull(last);
        if (last.isBefore(first)) {
            throw RotaRefusal.invalidField("timeAway", "member.timeAway.order");
        }
    }

    /** Away for one day. */
    public static TimeAway on(LocalDate date) {
        return new TimeAway(date, date);
    }

    public boolean includes(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    public LocalDate getFirst() {
        return first;
    }

    public LocalDate getLast() {
        return last;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeAway away && first.equals(away.first) && last.equals(away.last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last);
    }

    @Override
    public String toString() {
        return first + "…" + last;
    }
}

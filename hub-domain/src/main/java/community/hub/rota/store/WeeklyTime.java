package community.hub.rota.store;

import community.hub.rota.AvailableTime;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A row of someone's weekly availability. */
@Embeddable
public class WeeklyTime {

    @Enumerated(EnumType.STRING)
    @Column(name = "weekday", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "available_from", nullable = false)
    private LocalTime from;

    @Column(name = "available_until", nullable = false)
    private LocalTime until;

    protected WeeklyTime() {
        // for JPA
    }

    WeeklyTime(AvailableTime time) {
        this.day = time.getDay();
        this.from = time.getFrom();
        this.until = time.getUntil();
    }

    AvailableTime toAvailableTime() {
        return new AvailableTime(day, from, until);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklyTime time
                && day == time.day
                && Objects.equals(from, time.from)
                && Objects.equals(until, time.until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, from, until);
    }
}

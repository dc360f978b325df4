package community.hub.room;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** When a room is open on one day of the week, in Europe/London wall-clock time. */
@Embeddable
public class OpeningHours {

    @NotNull(message = "{openingHours.day.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "weekday", nullable = false, length = 9)
    private DayOfWeek day;

    @NotNull(message = "{openingHours.opens.required}")
    @Column(name = "opens", nullable = false)
    private LocalTime opens;

    @NotNull(message = "{openingHours.closes.required}")
    @Column(name = "closes", nullable = false)
    private LocalTime closes;

    protected OpeningHours() {
        // for JPA and JSON-B
    }

    public OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
        this.day = day;
        this.opens = opens;
        this.closes = closes;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public LocalTime getOpens() {
        return opens;
    }

    public void setOpens(LocalTime opens) {
        this.opens = opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    public void setCloses(LocalTime closes) {
        this.closes = closes;
    }

    /** True when the room closes after it opens on that day. */
    public boolean isInOrder() {
        return opens.isBefore(closes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningHours hours
                && day == hours.day
                && Objects.equals(opens, hours.opens)
                && Objects.equals(closes, hours.closes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, opens, closes);
    }

    @Override
    public String toString() {
        return day + " " + opens + "–" + closes;
    }
}

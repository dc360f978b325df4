package community.hub.rota;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A time a member can work every week, as staff give it in {@link MemberDetails}. */
@InOrder(end = "until", message = "{member.availability.until.order}")
public class FreeTimeDetails implements InOrder.Period, Serializable {

    @NotNull(message = "{member.availability.day.required}")
    private DayOfWeek day;

    @NotNull(message = "{member.availability.from.required}")
    private LocalTime from;

    @NotNull(message = "{member.availability.until.required}")
    private LocalTime until;

    public FreeTimeDetails() {}

    public FreeTimeDetails(DayOfWeek day, LocalTime from, LocalTime until) {
        this.day = day;
        this.from = from;
        this.until = until;
    }

    @Override
    public boolean isInOrder() {
        return from == null || until == null || from.isBefore(until);
    }

    AvailableTime toAvailableTime() {
        return new AvailableTime(day, from, until);
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public LocalTime getFrom() {
        return from;
    }

    public void setFrom(LocalTime from) {
        this.from = from;
    }

    public LocalTime getUntil() {
        return until;
    }

    public void setUntil(LocalTime until) {
        this.until = until;
    }
}

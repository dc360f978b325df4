package community.hub.rota;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/** Days a member is away, the first to the last, both included, as staff give them in {@link MemberDetails}. */
@InOrder(end = "last", message = "{member.timeAway.last.order}")
public class TimeAwayDetails implements InOrder.Period, Serializable {

    @NotNull(message = "{member.timeAway.first.required}")
    private LocalDate first;

    @NotNull(message = "{member.timeAway.last.required}")
    private LocalDate last;

    public TimeAwayDetails() {}

    public TimeAwayDetails(LocalDate first, LocalDate last) {
        this.first = first;
        this.last = last;
    }

    @Override
    public boolean isInOrder() {
        return first == null || last == null || !last.isBefore(first);
    }

    TimeAway toTimeAway() {
        return new TimeAway(first, last);
    }

    public LocalDate getFirst() {
        return first;
    }

    public void setFirst(LocalDate first) {
        this.first = first;
    }

    public LocalDate getLast() {
        return last;
    }

    public void setLast(LocalDate last) {
        this.last = last;
    }
}

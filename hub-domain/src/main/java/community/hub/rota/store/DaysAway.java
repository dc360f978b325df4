package community.hub.rota.store;

import community.hub.rota.TimeAway;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A row of someone's time away. */
@Embeddable
public class DaysAway {

    @Column(name = "first_day", nullable = false)
    private LocalDate first;

    @Column(name = "last_day", nullable = false)
    private LocalDate last;

    protected DaysAway() {
        // for JPA
    }

    DaysAway(TimeAway away) {
        this.first = away.getFirst();
        this.last = away.getLast();
    }

    TimeAway toTimeAway() {
        return new TimeAway(first, last);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DaysAway away && Objects.equals(first, away.first) && Objects.equals(last, away.last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last);
    }
}

package community.hub.web.setup;

import community.hub.booking.BookingsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicLong;

/** How busy booking is on this instance: the booking changes committed here so far. */
@ApplicationScoped
public class BookingPace {

    private final AtomicLong committed = new AtomicLong();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingsChanged change) {
        committed.incrementAndGet();
    }

    long committedSoFar() {
        return committed.get();
    }
}

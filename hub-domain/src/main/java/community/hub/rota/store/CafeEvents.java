package community.hub.rota.store;

import community.hub.booking.BookingsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Listens for bookings being saved, so that an event booked in the café room (a community lunch) puts a shift on the
 * rota for each of its dates, and a cancelled or moved date takes it off again. The booking side knows nothing of the
 * rota: it only says a booking changed, and this follows once that change is committed.
 */
@ApplicationScoped
public class CafeEvents {

    private static final Logger LOG = Logger.getLogger(CafeEvents.class.getName());

    @Inject
    private CafeEventService eventService;

    /**
     * After the booking is committed, in a transaction of its own: a rota that cannot follow never undoes a booking.
     * A week made later takes the event then, so nothing is lost for weeks not on the rota yet.
     */
    void bookingSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingsChanged change) {
        if (!change.mayConcern(CafeEventService.CAFE_ROOM)) {
            return;
        }
        try {
            eventService.followBooking(change.bookingId());
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, failed, () -> "The café rota could not follow booking " + change.bookingId());
        }
    }
}

package community.hub.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Set;

/**
 * Tells the rest of the hub when a booking is written. Observers that care only about committed changes listen
 * with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 */
@ApplicationScoped
public class BookingSaveListener {

    @Inject
    private Event<BookingsChanged> changed;

    @PostPersist
    void made(Object entity) {
        if (entity instanceof Booking booking && booking.getId() != null) {
            changed.fire(new BookingsChanged(booking.getId(), booking.dates().roomSlugs()));
        }
    }

    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (entity instanceof Booking booking && booking.getId() != null) {
            changed.fire(new BookingsChanged(booking.getId(), Set.of()));
        }
    }
}

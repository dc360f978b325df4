package community.hub.booking;

import community.hub.RetriedWhenRolledBack;
import community.hub.account.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;

/**
 * What becomes of bookings once made: the hub approves or declines requests, and staff or the organisation call a
 * booking off, or some of its dates. What hub staff decide about an organisation's booking is news to that
 * organisation (the booking emails); what an organisation does to its own bookings it knows already.
 */
@ApplicationScoped
@Transactional
@RetriedWhenRolledBack
public class BookingDecisions {

    @Inject
    private Bookings bookings;

    @Inject
    private Clock clock;

    @Inject
    private CancellationCutOff cutOff;

    @Inject
    private Event<HubDecision> news;

    /**
     * Approves a request. A request to move a booking, or one of its dates, is made to that booking and then removed:
     * the booking holds what the request held.
     *
     * @return the booking approved, or the booking the request moved
     */
    public Booking approve(long id, @NotNull Account by) {
        Booking booking = bookings.decidableBy(id, by);
        Booking approved = booking.approve(by.getUsername(), clock.instant());
        if (approved == booking) {
            tellOrganisation(booking, by, HubDecision.approved(booking));
            return booking;
        }
        tellOrganisation(approved, by, HubDecision.moveApproved(approved, booking));
        bookings.remove(booking);
        return approved;
    }

    public Booking decline(long id, String reason, @NotNull Account by) {
        Booking booking = bookings.decidableBy(id, by);
        booking.decline(reason, by.getUsername(), clock.instant());
        tellOrganisation(booking, by, HubDecision.declined(booking));
        return booking;
    }

    public Booking cancel(long id, @NotNull Account by) {
        Booking booking = bookings.changeableBy(id, by);
        booking.cancel(BookingAccess.cancellation(by, clock.instant(), cutOff));
        tellOrganisation(booking, by, HubDecision.cancelledByHub(booking));
        return booking;
    }

    public Booking cancelOccurrence(long id, LocalDate date, @NotNull Account by) {
        Booking booking = bookings.changeableBy(id, by);
        booking.dates().cancel(date, BookingAccess.cancellation(by, clock.instant(), cutOff));
        tellOrganisation(booking, by, HubDecision.dateCancelledByHub(booking, date));
        return booking;
    }

    public Booking cancelFrom(long id, LocalDate date, @NotNull Account by) {
        Booking booking = bookings.changeableBy(id, by);
        booking.dates().cancelFrom(date, BookingAccess.cancellation(by, clock.instant(), cutOff));
        tellOrganisation(booking, by, HubDecision.datesCancelledByHubFrom(booking, date));
        return booking;
    }

    /** Tells the organisation, inside this transaction, what hub staff decided about its booking. */
    private void tellOrganisation(Booking booking, Account by, HubDecision what) {
        if (by.isStaff() && booking.getOrganisation() != null) {
            news.fire(what);
        }
    }
}

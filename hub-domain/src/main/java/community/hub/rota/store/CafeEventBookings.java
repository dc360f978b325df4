package community.hub.rota.store;

import community.hub.HubTime;
import community.hub.booking.Booking;
import community.hub.booking.BookingStatus;
import community.hub.booking.Occurrence;
import community.hub.rota.EventShifts;
import community.hub.rota.RotaWeek;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds the bookings in the café room the rota follows: the dates a booking holds the café, the weeks with shifts for a
 * booking, the events booked in a week. The rota reads bookings here only; it never changes them.
 */
@ApplicationScoped
public class CafeEventBookings {

    private static final String DATES_IN_THE_CAFE = """
            select o.date from Occurrence o where o.booking.id = :booking and o.room.slug = :cafe""";

    private static final String CONFIRMED_IN_THE_CAFE_BETWEEN = """
            select o from Occurrence o where o.room.slug = :cafe and o.holdsRoom = true
            and o.booking.status = :confirmed and o.startsAt >= :from and o.startsAt < :until order by o.startsAt""";

    @PersistenceContext
    private EntityManager entityManager;

    /** The dates of the booking's occurrences in the café room, whatever their status. */
    public List<LocalDate> datesInTheCafe(long bookingId) {
        return entityManager
                .createQuery(DATES_IN_THE_CAFE, LocalDate.class)
                .setParameter("booking", bookingId)
                .setParameter("cafe", CafeEventService.CAFE_ROOM)
                .getResultList();
    }

    /** The Mondays of the weeks that have a shift for the booking. */
    public List<LocalDate> weeksWithShiftsFor(long bookingId) {
        return entityManager
                .createNamedQuery("CafeShift.weeksOfBooking", LocalDate.class)
                .setParameter("booking", bookingId)
                .getResultList();
    }

    /** The dates of confirmed bookings in the café room that the café staffs, in the week. */
    public List<EventShifts.Booked> eventsIn(RotaWeek week) {
        long from = week.getMonday().atStartOfDay(HubTime.ZONE).toEpochSecond();
        long until = week.getMonday().plusDays(7).atStartOfDay(HubTime.ZONE).toEpochSecond();
        return entityManager
                .createQuery(CONFIRMED_IN_THE_CAFE_BETWEEN, Occurrence.class)
                .setParameter("cafe", CafeEventService.CAFE_ROOM)
                .setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList()
                .stream()
                .filter(occurrence ->
                        EventShifts.staffs(occurrence.getBooking().getActivity().getType()))
                .map(occurrence -> new EventShifts.Booked(
                        occurrence.getBooking().getId(),
                        occurrence.getDate(),
                        occurrence.getStart(),
                        occurrence.getEnd(),
                        occurrence.getBooking().getActivity().getTitle()))
                .toList();
    }

    /** Who last changed the booking, or made it if no one changed it since. */
    public String lastChangedBy(long bookingId) {
        Booking booking = entityManager.find(Booking.class, bookingId);
        return booking.getHistory().isEmpty()
                ? booking.getCreatedBy()
                : booking.getHistory().get(booking.getHistory().size() - 1).getChangedBy();
    }
}

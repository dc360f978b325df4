package community.hub.booking;

/**
 * A request to book was booked (observers that count only committed bookings listen with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}).
 *
 * @param bookingId the booking made
 */
public record BookingMade(long bookingId) {}

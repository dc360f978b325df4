package community.hub.booking;

/** Something about a booking was saved: whatever shows bookings (calendar feeds) may be out of date. */
public record BookingsChanged(long bookingId) {
}

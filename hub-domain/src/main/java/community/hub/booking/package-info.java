/**
 * Bookings: a room held for an activity, once or as a series of occurrences, with the rules that keep them from
 * clashing (turnaround, opening hours, closures, capacity, length) and their lifecycle. {@link community.hub.booking.Booking}
 * and its parts guard them; {@code Bookings} and {@code DatesHoldingRooms} find them; {@code BookingService} and
 * {@code BookingDecisions} are the use cases; {@code BookingAccess} says who may see, change and decide.
 */
package community.hub.booking;

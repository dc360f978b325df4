package community.hub.booking;

import java.util.Set;

/**
 * Something about a booking was saved: whatever shows bookings (calendar feeds) may be out of date.
 *
 * @param bookingId the booking saved
 * @param newIn     for a booking just made, the slugs of the rooms its dates are in; empty for a change to an
 *                  existing booking, which may also have left rooms it was in
 */
public record BookingsChanged(long bookingId, Set<String> newIn) {

    /** Whether the change could concern what happens in this room: any change to a booking, or a new one there. */
    public boolean mayConcern(String roomSlug) {
        return newIn.isEmpty() || newIn.contains(roomSlug);
    }
}

package community.hub.booking;

import community.hub.room.Room;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Changes asked of a booking in memory, with the slots worked out as the booking service works them out. */
public final class TestChanges {

    private TestChanges() {}

    /** The booking's own request with new times, repeating by the rule (none for one date). */
    public static BookingRequest retimed(Booking booking, LocalDateTime start, LocalDateTime end, Recurrence rule) {
        BookingRequest request = BookingRequest.of(booking);
        request.setStart(start);
        request.setEnd(end);
        request.setRecurrence(rule);
        return request;
    }

    /** The series changed from a date on: a new booking continuing it holds the changed dates. */
    public static Booking continuedFrom(
            Booking series,
            LocalDate from,
            BookingRequest changed,
            Room room,
            BookingStatus status,
            String by,
            Instant at) {
        return series.changes().continueFrom(from, changed, room, BookingRules.slots(changed), status, by, at);
    }
}

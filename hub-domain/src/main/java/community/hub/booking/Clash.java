package community.hub.booking;

import java.time.LocalDateTime;

/**
 * One wanted occurrence the hub cannot give: the room is held by another booking (whose title shows only
 * to those allowed to see it) or closed. Times are the wanted occurrence's, wall-clock.
 */
public record Clash(long roomId, String roomName, LocalDateTime start, LocalDateTime end, Cause cause, String with) {

    /** Why the slot is not free. */
    public enum Cause {
        /** Another booking holds the room, counting the room's turnaround. */
        BOOKED,
        /** The room or the whole hub is closed. */
        CLOSED
    }
}

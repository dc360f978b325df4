package community.hub.booking;

/**
 * What a booking that follows another one does to it: how the change someone asked for is made once it is confirmed.
 * While it waits for the hub to decide, the booking it follows stays exactly as it was, and both hold their slots.
 */
public enum ChangeOf {
    /** It carries the other's series from one of its dates on, changed: confirmed, the other ends before that date. */
    DATES_FROM,
    /** It asks to move the whole booking (times, room, repeat pattern, details): approved, the booking takes them over. */
    WHOLE_BOOKING,
    /** It asks to move one date of the booking: approved, that date moves. */
    ONE_DATE
}

package community.hub.calendar;

/** What a private feed holds. */
public enum FeedKind {
    /** One organisation's bookings in full, for its members. */
    ORGANISATION,
    /** One café volunteer's own shifts. */
    SHIFTS
}

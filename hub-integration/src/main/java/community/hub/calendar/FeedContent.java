package community.hub.calendar;

/** How much of each booking a feed may tell. */
public enum FeedContent {
    /** Everything: an organisation's own feed. */
    FULL,
    /** Public bookings only, as residents see them. */
    PUBLIC_ONLY,
    /** Every booking of a room; a private one shows only as "Room in use". */
    ROOM
}

package community.hub.booking;

/** Whether residents see a booking. A private booking shows to them at most as "Room in use". */
public enum Visibility {
    PUBLIC,
    PRIVATE
}

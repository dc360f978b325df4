package community.hub.booking;

/**
 * Bookings, their dates and their history take ids from database sequences handed out in blocks (migration V12): one
 * round trip per block rather than one per insert, and a series' dates can go to the database in one batch. The
 * sequences' increment, set by the migration, must be this size.
 */
final class IdBlocks {

    static final int SIZE = 50;

    private IdBlocks() {}
}

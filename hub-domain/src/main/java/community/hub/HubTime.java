package community.hub;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

/** The hub keeps Europe/London wall-clock time; instants are only for comparing and storing. */
public final class HubTime {

    /** Every wall-clock time at the hub is in this zone, in GMT and BST alike. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** The first day the hub speaks of at all: a date before it is a mistake (a query, a booking, a closure). */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** The last day the hub speaks of at all: bookings in 9999 or year +999999999 are mistakes, refused, not stored. */
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    /** How far ahead anything may be booked, by anyone: far enough for any hub's plans, near enough to mean something. */
    public static final int YEARS_AHEAD = 5;

    private HubTime() {}

    /** Whether the date lies in the range the hub speaks of at all ({@link #EARLIEST} to {@link #LATEST}). */
    public static boolean sensible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Whether every day of the month lies in the range the hub speaks of at all. */
    public static boolean sensible(YearMonth month) {
        return sensible(month.atDay(1)) && sensible(month.atEndOfMonth());
    }

    /**
     * The instant a wall-clock time at the hub happens. In the hour the clocks go back the earlier one is meant;
     * a time skipped when the clocks go forward moves on by the gap, as people would expect.
     */
    public static Instant instant(LocalDate date, LocalTime time) {
        return LocalDateTime.of(date, time).atZone(ZONE).toInstant();
    }

    public static LocalDateTime wallClock(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }
}

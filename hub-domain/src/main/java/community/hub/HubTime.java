package community.hub;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/** The hub keeps Europe/London wall-clock time; instants are only for comparing and storing. */
public final class HubTime {

    /** Every wall-clock time at the hub is in this zone, in GMT and BST alike. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private HubTime() {
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

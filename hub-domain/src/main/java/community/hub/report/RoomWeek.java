package community.hub.report;

import java.math.BigDecimal;

/**
 * One room in one ISO week: the minutes it was open (closures taken out), the minutes booked, and the share.
 *
 * @param week the ISO week, like 2027-W09
 */
public record RoomWeek(long roomId, String room, String week, long openMinutes, long bookedMinutes) {

    public BigDecimal openHours() {
        return Hours.of(openMinutes);
    }

    public BigDecimal bookedHours() {
        return Hours.of(bookedMinutes);
    }

    /** Booked as a percentage of open, to one place; null for a week the room was not open at all. */
    public BigDecimal percent() {
        return Hours.percent(bookedMinutes, openMinutes);
    }
}

package community.hub.attendance;

import community.hub.Refusal;
import community.hub.booking.BookingStatus;
import community.hub.booking.Occurrence;
import java.time.Instant;
import java.util.Map;

/**
 * What attendance the hub accepts for an occurrence: only for a date that took place (begun, not called off before it
 * began), a headcount from none up to twice the room's capacity (people come and go), new people no more than came,
 * and audience bands that are numbers adding up to no more than came.
 */
public final class AttendanceRules {

    /** The longest name of an audience band. */
    public static final int LONGEST_BAND = 40;

    private AttendanceRules() {}

    /** Whether the occurrence took place, or is taking place, at {@code now}: begun, held, and not called off first. */
    public static boolean tookPlace(Occurrence occurrence, Instant now) {
        if (occurrence.isCancelled() || occurrence.startsAt().isAfter(now)) {
            return false;
        }
        BookingStatus status = occurrence.getBooking().getStatus();
        return status == BookingStatus.CONFIRMED
                || status == BookingStatus.CANCELLED
                        && occurrence
                                .getBooking()
                                .cancelledAt()
                                .map(cancelled -> occurrence.startsAt().isBefore(cancelled))
                                .orElse(false);
    }

    /** Refuses attendance that cannot be right for the occurrence; does nothing when it can. */
    public static void check(Headcount headcount, Occurrence occurrence, Instant now) {
        if (occurrence.isCancelled()
                || occurrence.getStatus() != BookingStatus.CONFIRMED && !tookPlace(occurrence, now)) {
            throw Refusal.invalid("date", "attendance.notHeld", occurrence.getSeriesDate());
        }
        if (occurrence.startsAt().isAfter(now)) {
            throw Refusal.invalid("date", "attendance.notBegun", occurrence.getDate());
        }
        if (headcount == null || headcount.count() == null) {
            throw Refusal.invalid("count", "attendance.countRequired");
        }
        int most = 2 * occurrence.getRoom().getCapacity();
        if (headcount.count() < 0 || headcount.count() > most) {
            throw Refusal.invalid(
                    "count", "attendance.countRange", most, occurrence.getRoom().getName());
        }
        if (headcount.newCount() != null && (headcount.newCount() < 0 || headcount.newCount() > headcount.count())) {
            throw Refusal.invalid("newCount", "attendance.newRange", headcount.count());
        }
        int banded = 0;
        for (Map.Entry<String, Integer> band : headcount.byAudience().entrySet()) {
            if (band.getKey() == null
                    || band.getKey().isBlank()
                    || band.getKey().length() > LONGEST_BAND) {
                throw Refusal.invalid("byAudience", "attendance.bandName", LONGEST_BAND);
            }
            if (band.getValue() == null || band.getValue() < 0) {
                throw Refusal.invalid("byAudience", "attendance.bandCount", band.getKey());
            }
            banded += band.getValue();
        }
        if (banded > headcount.count()) {
            throw Refusal.invalid("byAudience", "attendance.bandsAboveCount", banded, headcount.count());
        }
    }
}

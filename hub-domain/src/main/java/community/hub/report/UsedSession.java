package community.hub.report;

import community.hub.booking.ActivityType;
import community.hub.organisation.OrganisationType;
import java.time.LocalDate;

/**
 * One date a room was used (or is booked to be): which room, for what, by what kind of organisation (none: the hub's
 * own), when (its real minutes, so the night the clocks change counts right), and how many came if recorded.
 *
 * @param count    how many came; null when nothing was recorded ("not recorded", never zero)
 * @param newCount how many of them were new; null when unknown
 */
public record UsedSession(
        long bookingId,
        long roomId,
        ActivityType type,
        Long organisationId,
        OrganisationType organisationType,
        LocalDate date,
        long minutes,
        boolean begun,
        Integer count,
        Integer newCount) {

    public boolean isRecorded() {
        return count != null;
    }
}

package community.hub.attendance;

import community.hub.booking.Occurrence;
import java.util.Optional;

/** A session that took place, and what was recorded of who came: nothing yet is "not recorded", never zero. */
public record HeldSession(Occurrence occurrence, Attendance attendance) {

    public Optional<Headcount> headcount() {
        return Optional.ofNullable(attendance).map(Attendance::headcount);
    }

    public boolean isRecorded() {
        return attendance != null;
    }
}

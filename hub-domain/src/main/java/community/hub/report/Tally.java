package community.hub.report;

import java.math.BigDecimal;

/**
 * Sessions, hours and attendance added up for one group (an activity type, a kind of organisation, a month). Attendance
 * counts only the sessions with something recorded, and says how many those were: not recorded is never zero.
 */
public record Tally(int sessions, long minutes, int recordedSessions, long attendances, long newPeople) {

    public static final Tally NONE = new Tally(0, 0, 0, 0, 0);

    public Tally plus(UsedSession session) {
        return new Tally(
                sessions + 1,
                minutes + session.minutes(),
                recordedSessions + (session.isRecorded() ? 1 : 0),
                attendances + (session.isRecorded() ? session.count() : 0),
                newPeople + (session.newCount() == null ? 0 : session.newCount()));
    }

    public Tally plus(Tally other) {
        return new Tally(
                sessions + other.sessions,
                minutes + other.minutes,
                recordedSessions + other.recordedSessions,
                attendances + other.attendances,
                newPeople + other.newPeople);
    }

    public BigDecimal hours() {
        return Hours.of(minutes);
    }
}

package community.hub.changelog;

/** What was done to the thing; pages say it in words from their bundle ({@code changeLog.change.ADDED}, …). */
public enum Change {
    ADDED, CHANGED, RETIRED, REINSTATED, INVITED, INVITED_AGAIN, DEACTIVATED, REACTIVATED, CLOSED, REOPENED,
    PUBLISHED, SET_ASIDE, MERGED, ANSWERED, BOOKED
}

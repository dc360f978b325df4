package community.hub.changelog;

/** What was done to the thing; pages say it in words from their bundle ({@code changeLog.change.ADDED}, …). */
public enum Change {
    ADDED,
    CHANGED,
    RETIRED,
    REINSTATED,
    INVITED,
    INVITED_AGAIN,
    DEACTIVATED,
    REACTIVATED,
    CLOSED,
    REOPENED,
    LEFT_TEAM("left the team"),
    BACK_ON_TEAM("back on the team"),
    HOLD_LIFTED("sign-in hold lifted"),
    TAKEN,
    REMOVED,
    PUBLISHED,
    SET_ASIDE,
    MERGED,
    ANSWERED,
    BOOKED;

    private final String words;

    Change() {
        this.words = null;
    }

    Change(String words) {
        this.words = words;
    }

    /** What was done, in plain English, for a reader without the pages' words. */
    public String inWords() {
        return words != null ? words : name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}

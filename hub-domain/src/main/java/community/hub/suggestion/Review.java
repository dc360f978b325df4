package community.hub.suggestion;

/** Where an idea stands with staff, who check each before anyone else sees it. */
public enum Review {
    /** Waiting in the queue to be checked. */
    WAITING,
    /** Shown to everyone. */
    PUBLISHED,
    /** Kept out of public view, with a reason for staff only. */
    SET_ASIDE,
    /** The same as another idea, which carries its supports on. */
    MERGED
}

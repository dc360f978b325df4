package community.hub.suggestion;

/** How the public list of ideas is sorted. */
public enum IdeaOrder {
    /** Most supported first. */
    SUPPORT,
    /** Newest first. */
    NEWEST,
    /** By the hub's answer: new, considering, planned, happening, not possible; most supported first within each. */
    STATUS
}

package community.hub.suggestion;

/** The hub's public answer to an idea: none yet, or what is becoming of it. */
public enum SuggestionStatus {
    NEW,
    CONSIDERING,
    PLANNED,
    HAPPENING,
    NOT_POSSIBLE;

    /** Whether the idea is settled: nothing more to support, and its addresses go 90 days later. */
    public boolean isClosed() {
        return this == HAPPENING || this == NOT_POSSIBLE;
    }

    /** Whether it is something staff may answer with (every status but "new"). */
    public boolean isAnAnswer() {
        return this != NEW;
    }
}

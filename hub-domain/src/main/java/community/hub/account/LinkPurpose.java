package community.hub.account;

import java.time.Duration;

/** What a one-time link is for, and how long it may be used. */
public enum LinkPurpose {
    /** The first hub manager creates their account and the hub's settings. */
    SETUP(Duration.ofHours(24)),
    /** Someone who forgot their password chooses a new one. */
    RESET(Duration.ofHours(1)),
    /** Someone invited to the hub chooses their password. */
    INVITATION(Duration.ofDays(7));

    private final Duration validFor;

    LinkPurpose(Duration validFor) {
        this.validFor = validFor;
    }

    public Duration validFor() {
        return validFor;
    }
}

package community.hub.account;

/** Whether a one-time link can still be used, and if not, why not: each gets its own plain page. */
public enum LinkState {
    USABLE,
    EXPIRED,
    USED,
    UNKNOWN
}

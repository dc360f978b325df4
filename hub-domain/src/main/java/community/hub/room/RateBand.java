package community.hub.room;

/** The price list an organisation pays from: full price, the community discount, or nothing. */
public enum RateBand {
    STANDARD,
    COMMUNITY,
    FREE
}

package community.hub.booking;

/** How often a series repeats: every N weeks on given days, or every N months on the Nth weekday. */
public enum Frequency {
    WEEKLY,
    MONTHLY
}

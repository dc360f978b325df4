package community.hub.web.booking;

/** How the booking form's "repeats" choice reads: not at all, every N weeks, or monthly on the Nth weekday. */
public enum Repeat {
    NEVER,
    WEEKLY,
    MONTHLY
}

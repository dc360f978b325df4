package community.hub.booking;

/** What happens in a booked room; residents filter what's on by it. */
public enum ActivityType {
    CLINIC,
    YOUTH_WORK,
    FOOD_BANK,
    CLASS,
    MEETING,
    EVENT,
    EXHIBITION,
    CAFE,
    OTHER
}

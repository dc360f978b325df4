package community.hub.booking;

/**
 * A request to book was refused: nothing was saved. For counting how often each rule turns people away (the hub's
 * metrics), not for rules of its own.
 *
 * @param reason the refusal's key, naming the rule (e.g. {@code booking.clashes.once}); never the request's details
 */
public record BookingRefused(String reason) {}

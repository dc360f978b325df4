/**
 * Bookings: a room held for an activity, once or as a series of occurrences, with the rules that keep
 * them from clashing (turnaround, opening hours, closures, capacity, length) and their lifecycle.
 */
package community.hub.booking;

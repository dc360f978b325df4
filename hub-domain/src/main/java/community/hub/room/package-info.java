/**
 * Rooms: the bookable spaces of the hub, their features, opening hours, turnaround buffer,
 * booking-length limits and hourly rates, and the service that keeps them.
 */
package community.hub.room;

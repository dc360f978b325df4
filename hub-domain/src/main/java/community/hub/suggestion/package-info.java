/**
 * Suggestions: activities residents would like at the hub, checked by staff before they show, supported by residents
 * with a confirmed address or counted in person, answered in public, offered to be run by organisations, and turned
 * into bookings. Addresses are kept only as long as they are needed.
 */
package community.hub.suggestion;

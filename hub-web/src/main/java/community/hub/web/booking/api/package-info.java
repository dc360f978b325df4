/**
 * The bookings API (SPEC §4): bookings and their dates, requests and decisions, and what's on. Problem details and the
 * JSON names shared by every resource stay in {@code community.hub.web.api}.
 */
package community.hub.web.booking.api;

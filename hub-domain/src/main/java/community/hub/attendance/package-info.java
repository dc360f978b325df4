/**
 * How many came to each occurrence of a booking: a headcount, optionally how many were new and by audience band, never
 * names or health details. Recorded by hub staff or the organisation that ran it, once the date has begun.
 */
package community.hub.attendance;

/**
 * The hub's calendar feeds in iCalendar (RFC 5545), built with iCal4j: the only code in the hub that knows
 * the format. One VEVENT per booking, a series as RRULE with EXDATEs and RECURRENCE-ID overrides.
 */
package community.hub.calendar;

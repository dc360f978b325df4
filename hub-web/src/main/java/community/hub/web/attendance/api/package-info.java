/** Attendance over HTTP: one date's headcount, and the sessions that took place with nothing recorded. */
package community.hub.web.attendance.api;

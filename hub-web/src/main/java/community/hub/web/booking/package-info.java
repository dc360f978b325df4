/** Booking pages for staff and tenants: the list, the booking form with its clash check, one booking, approvals, today and the planner. */
package community.hub.web.booking;

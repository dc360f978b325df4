/** A tenant organisation's own pages: its bookings, requests, allowance and calendar feed at a glance. */
package community.hub.web.tenant;

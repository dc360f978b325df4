/** Recording how many came: from Today at the hub, the booking page, several past dates at once, and the sessions not recorded. */
package community.hub.web.attendance;

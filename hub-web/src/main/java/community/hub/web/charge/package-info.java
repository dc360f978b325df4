/** Pages for room-hire charges: an organisation's monthly statement, and what the hub earns and gives. */
package community.hub.web.charge;

/** Wiring at start: the database, its migrations and the demo data. */
package community.hub.web.setup;

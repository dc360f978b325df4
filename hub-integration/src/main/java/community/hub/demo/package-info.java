/**
 * Demo data: a believable week-in, week-out hub (rooms, organisations, accounts) loaded into an
 * empty database, so the hub can be tried the moment it starts.
 */
package community.hub.demo;

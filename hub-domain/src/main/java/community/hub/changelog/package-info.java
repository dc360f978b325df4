/**
 * The log of changes staff and hub managers make to rooms and rates, organisations, accounts, closures, the hub's
 * settings and the café's: who, what and when, recorded with the change itself, for the hub manager to read.
 */
package community.hub.changelog;

/** Backups for the hub manager: the page, {@code /api/backups} and the nightly backup's timer. */
package community.hub.web.backup;

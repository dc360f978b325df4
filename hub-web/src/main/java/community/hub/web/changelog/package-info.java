/**
 * The hub manager's log of changes: the page that lists and filters it and {@code GET /api/change-log}.
 */
package community.hub.web.changelog;

/**
 * The hub's own details on the pages (its name in every header, its notice on What's on), the hub manager's settings
 * page and {@code /api/settings}.
 */
package community.hub.web.settings;

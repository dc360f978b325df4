/**
 * The hub's settings (SPEC §4 {@code /api/settings}).
 * Refusals become problem details through the shared mappers of {@code community.hub.web.api}.
 */
package community.hub.web.settings.api;

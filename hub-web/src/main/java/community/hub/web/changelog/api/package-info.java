/**
 * The change log (SPEC §4 {@code /api/change-log}): who changed what and when, for the hub manager.
 * Refusals become problem details through the shared mappers of {@code community.hub.web.api}.
 */
package community.hub.web.changelog.api;

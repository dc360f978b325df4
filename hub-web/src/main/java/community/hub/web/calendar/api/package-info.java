/**
 * Calendar feeds (SPEC §4 {@code /api/me/feeds}): the caller's private feeds and their new addresses.
 * Refusals become problem details through the shared mappers of {@code community.hub.web.api}.
 */
package community.hub.web.calendar.api;

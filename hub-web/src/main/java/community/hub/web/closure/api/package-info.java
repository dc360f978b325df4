/**
 * Closures (SPEC §4 {@code /api/closures}): days the hub or a room is shut.
 * Refusals become problem details through the shared mappers of {@code community.hub.web.api}.
 */
package community.hub.web.closure.api;

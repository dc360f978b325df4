/**
 * Rooms (SPEC §4 {@code /api/rooms}): the rooms anyone may read, their availability, and the hub manager's changes.
 * Refusals become problem details through the shared mappers of {@code community.hub.web.api}.
 */
package community.hub.web.room.api;

/**
 * Organisations (SPEC §4 {@code /api/organisations}): the hub manager's list and changes, a tenant's own.
 * Refusals become problem details through the shared mappers of {@code community.hub.web.api}.
 */
package community.hub.web.organisation.api;

/**
 * Charges (SPEC §4 {@code /api/charges}): an organisation's monthly statement, and the hub's income and subsidy.
 * Refusals become problem details through the shared mappers of {@code community.hub.web.api}.
 */
package community.hub.web.charge.api;

/**
 * Accounts (SPEC §4 {@code /api/me}, {@code /api/accounts}, {@code /api/password-resets}): the caller, the hub manager's accounts, and password resets.
 * Refusals become problem details through the shared mappers of {@code community.hub.web.api}.
 */
package community.hub.web.account.api;

/**
 * Accounts of the people who sign in: their role in the hub, the organisation a tenant belongs to,
 * and their password, kept only as a PBKDF2 hash.
 */
package community.hub.account;

/**
 * Who is calling: a sign-in form for people, HTTP Basic for API clients, both checked against
 * the accounts' PBKDF2 hashes in the database.
 */
package community.hub.web.security;

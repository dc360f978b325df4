/**
 * The café rota's part of the HTTP API (SPEC §4 {@code /api/rota}): one resource per job (weeks, team, settings and
 * pattern, a volunteer's own place, swaps, hours), each translating JSON to a call on its rota service. Refusals become
 * problem details through the shared mappers of {@code community.hub.web.api}.
 */
package community.hub.web.rota.api;

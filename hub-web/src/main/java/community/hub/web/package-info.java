/**
 * The hub's web face: Faces pages and their backing beans, the HTTP API, security and wiring.
 * Thin by design: every rule lives in the domain.
 */
package community.hub.web;

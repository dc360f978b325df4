/**
 * The HTTP API (SPEC §4): JSON resources over the domain services, and the mappers that turn every
 * refusal or failure into RFC 9457 problem details, never a stack trace.
 */
package community.hub.web.api;

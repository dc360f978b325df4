/**
 * The HTTP API (SPEC §4): JSON resources over the domain services, and the mappers that turn every
 * refusal or failure into RFC 9457 problem details, never a stack trace.
 * <p>
 * Each resource is one shared instance: building one for every request (CDI and Jersey's injection) cost about
 * a tenth of a booking's CPU. What belongs to the request comes through proxies: the request-scoped
 * {@code Caller}, and the {@code UriInfo} and {@code HttpHeaders} that JAX-RS injects into shared resources.
 */
package community.hub.web.api;

/**
 * What every part of the HTTP API (SPEC §4) shares: the application at {@code /api}, JSON settings, strict parsing of
 * dates, months and enum values, and the mappers that turn every refusal or failure into RFC 9457 problem details,
 * never a stack trace. The resources themselves live beside their capability, in its {@code api} package
 * ({@code community.hub.web.rota.api}, {@code community.hub.web.booking.api}, {@code community.hub.web.room.api}, ...).
 * <p>
 * Each resource is one shared instance: building one for every request (CDI and Jersey's injection) cost about
 * a tenth of a booking's CPU. What belongs to the request comes through proxies: the request-scoped
 * {@code Caller}, and the {@code UriInfo} and {@code HttpHeaders} that JAX-RS injects into shared resources.
 */
package community.hub.web.api;

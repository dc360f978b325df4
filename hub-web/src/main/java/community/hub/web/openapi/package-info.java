/**
 * The API contract at {@code /openapi}: {@code openapi.yaml}, written by hand, served exactly as written. HubIT's
 * {@code OpenApiContract} checks keep it and the resource methods in step.
 */
package community.hub.web.openapi;

package community.hub.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The HTTP API at {@code /api}. Resources are found by scanning, each in its capability's {@code api} package (the rota's in
 * {@code community.hub.web.rota.api}); roles are checked from {@code @RolesAllowed}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Community Hub API",
                        version = "1",
                        description =
                                "Rooms, organisations, bookings, the café rota and calendar feeds of a community hub. "
                                        + "JSON with camelCase fields; errors are RFC 9457 problem details; sign in with HTTP Basic."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class HubApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}

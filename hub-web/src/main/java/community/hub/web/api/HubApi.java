package community.hub.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The HTTP API at {@code /api}. Resources are found by scanning, each in its capability's {@code api} package (the rota's in
 * {@code community.hub.web.rota.api}); roles are checked from {@code @RolesAllowed}.
 */
@ApplicationPath("api")
public class HubApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
                // OPTIONS says Allow only: a WADL document would name Jersey's version; /openapi is the contract
                "jersey.config.server.wadl.disableWadl",
                true);
    }
}

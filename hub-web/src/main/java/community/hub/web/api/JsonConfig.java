package community.hub.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** One JSON-B configuration for the whole API: the hub's snake_case choices, nulls left out. */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withAdapters(
                    new EnumJson.Features(),
                    new EnumJson.RateBands(),
                    new EnumJson.OrganisationTypes(),
                    new EnumJson.Roles(),
                    new EnumJson.Days(),
                    new EnumJson.ActivityTypes(),
                    new EnumJson.Visibilities(),
                    new EnumJson.CafeRoles(),
                    new EnumJson.RotaDeliveries(),
                    new EnumJson.IncomeSources()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}

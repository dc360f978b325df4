package community.hub.web.settings.api;

import community.hub.settings.HubDetails;
import community.hub.settings.HubSettingsService;
import community.hub.settings.SettingsDetails;
import community.hub.web.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The hub's own details: anyone may read them, the hub manager changes them (all at once; invalid ones change nothing). */
@Path("settings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    private HubSettingsService settings;

    /** The hub's details as the public sees them on its pages. */
    public record SettingsView(
            String name, String address, String contactEmail, String contactPhone, String publicNotice) {
        static SettingsView of(HubDetails details) {
            return new SettingsView(
                    details.name(),
                    details.address(),
                    details.contactEmail(),
                    details.contactPhone(),
                    details.publicNotice());
        }
    }

    @GET
    @PermitAll
    public SettingsView read() {
        return SettingsView.of(settings.details());
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    public SettingsView change(SettingsDetails details) {
        settings.change(details);
        return SettingsView.of(settings.details());
    }
}

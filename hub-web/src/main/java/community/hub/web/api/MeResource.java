package community.hub.web.api;

import community.hub.account.Account;
import community.hub.web.security.Caller;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in caller's own account. */
@Path("me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
@SecurityRequirement(name = "basic")
public class MeResource {

    @Inject
    private Caller caller;

    /** Who the API thinks you are. */
    public record Me(long id, String username, String displayName, String role, Long organisationId) {
        static Me of(Account account) {
            return new Me(account.getId(), account.getUsername(), account.getDisplayName(), EnumJson.name(account.getRole()),
                    account.getOrganisation() == null ? null : account.getOrganisation().getId());
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TENANT, Roles.VOLUNTEER})
    @Operation(summary = "Your own account: username, name, role and organisation")
    public Me me() {
        return caller.account().map(Me::of).orElseThrow(jakarta.ws.rs.ForbiddenException::new);
    }
}

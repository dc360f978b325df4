package community.hub.web.account.api;

import community.hub.account.Account;
import community.hub.account.AccountService;
import community.hub.account.Passwords;
import community.hub.web.api.EnumJson;
import community.hub.web.security.Caller;
import community.hub.web.security.HubAuthentication;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** The signed-in caller's own account. */
@Path("me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private Caller caller;

    @Inject
    private Passwords passwords;

    @Inject
    private AccountService accounts;

    @Inject
    private HubAuthentication authentication;

    @Inject
    private SecurityContext security;

    /** Who the API thinks you are, with your own choices: language ({@code en} or {@code pl}) and email address. */
    public record Me(
            long id,
            String username,
            String displayName,
            String role,
            Long organisationId,
            String language,
            String email) {
        static Me of(Account account) {
            return new Me(
                    account.getId(),
                    account.getUsername(),
                    account.getDisplayName(),
                    EnumJson.name(account.getRole()),
                    account.getOrganisation() == null
                            ? null
                            : account.getOrganisation().getId(),
                    account.language().map(Locale::getLanguage).orElse(null),
                    account.getEmail());
        }
    }

    /** Your own choices: the language the hub speaks to you in and the address it writes to (empty: none). */
    public record MyChoices(String language, String email) {}

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TENANT, Roles.VOLUNTEER})
    public Me changeChoices(MyChoices choices) {
        MyChoices asked = choices == null ? new MyChoices(null, null) : choices;
        return Me.of(accounts.changeOwn(security.getCallerPrincipal().getName(), asked.language(), asked.email()));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TENANT, Roles.VOLUNTEER})
    public Me me() {
        return caller.account().map(Me::of).orElseThrow(jakarta.ws.rs.ForbiddenException::new);
    }

    /** A new password for yourself, given the current one. */
    public record PasswordChange(String currentPassword, String newPassword) {}

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TENANT, Roles.VOLUNTEER})
    public Response changePassword(PasswordChange change) {
        String username = security.getCallerPrincipal().getName();
        passwords.changeOwn(
                username,
                change == null ? null : change.currentPassword(),
                change == null ? null : change.newPassword());
        authentication.credentialsChanged(username);
        return Response.noContent().build();
    }
}

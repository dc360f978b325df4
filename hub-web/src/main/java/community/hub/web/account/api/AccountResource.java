package community.hub.web.account.api;

import community.hub.account.Account;
import community.hub.account.AccountService;
import community.hub.account.Invitation;
import community.hub.mail.AccountMailOutbox;
import community.hub.rota.store.TeamService;
import community.hub.web.account.InvitationAcceptance;
import community.hub.web.api.EnumJson;
import community.hub.web.security.HubAuthentication;
import community.hub.web.security.Roles;
import community.hub.web.setup.HubAddress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hub manager's accounts: list them, invite someone (an email with a one-time link to choose their password,
 * valid seven days), change a name or address, deactivate or bring back. Nobody else reaches any of it.
 */
@Path("accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccountResource {

    @Inject
    private AccountService accounts;

    @Inject
    private AccountMailOutbox mails;

    @Inject
    private TeamService team;

    @Inject
    private HubAddress address;

    @Inject
    private HubAuthentication authentication;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    /** An account as the hub manager sees it; never its password or hash. */
    public record AccountView(
            long id,
            String username,
            String displayName,
            String email,
            String role,
            Long organisationId,
            Long rotaMemberId,
            boolean active) {
        static AccountView of(Account account, Long rotaMemberId) {
            return new AccountView(
                    account.getId(),
                    account.getUsername(),
                    account.getDisplayName(),
                    account.getEmail(),
                    EnumJson.name(account.getRole()),
                    account.getOrganisation() == null
                            ? null
                            : account.getOrganisation().getId(),
                    rotaMemberId,
                    account.isActive());
        }
    }

    /** What may change: the name, the email address, and whether the account is active. */
    public record AccountChange(String displayName, String email, Boolean active) {}

    @GET
    public List<AccountView> list() {
        Map<String, Long> members = cafeMembersByUsername();
        return accounts.all().stream()
                .map(account -> AccountView.of(account, members.get(account.getUsername())))
                .toList();
    }

    private Map<String, Long> cafeMembersByUsername() {
        Map<String, Long> members = new HashMap<>();
        team.usernames().forEach((memberId, username) -> members.put(username, memberId));
        return members;
    }

    @POST
    public Response invite(Invitation invitation) {
        Account account = mails.invite(invitation, this::invitationLink);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(account.getId()))
                        .build())
                .entity(AccountView.of(account, invitation.getRotaMemberId()))
                .build();
    }

    @POST
    @Path("{id}/invitation")
    public Response inviteAgain(@PathParam("id") long id) {
        mails.inviteAgain(id, this::invitationLink);
        return Response.accepted().build();
    }

    @PUT
    @Path("{id}")
    public AccountView change(@PathParam("id") long id, AccountChange change) {
        AccountChange asked = change == null ? new AccountChange(null, null, null) : change;
        Account account = accounts.change(id, asked.displayName(), asked.email(), asked.active());
        if (!account.isActive()) {
            authentication.credentialsChanged(account.getUsername());
        }
        return AccountView.of(account, cafeMembersByUsername().get(account.getUsername()));
    }

    private String invitationLink(String token) {
        return InvitationAcceptance.link(address.base(request), token);
    }
}

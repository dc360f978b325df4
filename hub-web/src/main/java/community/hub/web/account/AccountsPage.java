package community.hub.web.account;

import community.hub.account.Account;
import community.hub.account.AccountService;
import community.hub.account.Invitation;
import community.hub.account.Role;
import community.hub.mail.AccountMailOutbox;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationService;
import community.hub.rota.RotaMember;
import community.hub.rota.store.TeamService;
import community.hub.web.FieldMessages;
import community.hub.web.security.HubAuthentication;
import community.hub.web.setup.HubAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The hub manager's accounts page: everyone who signs in, an invitation form, deactivating and bringing back, sending
 * an invitation again, and lifting a sign-in hold early.
 */
@Named
@RequestScoped
public class AccountsPage {

    @Inject
    private AccountService accounts;

    @Inject
    private OrganisationService organisations;

    @Inject
    private TeamService team;

    @Inject
    private AccountMailOutbox mails;

    @Inject
    private HubAuthentication authentication;

    @Inject
    private HubAddress address;

    @Inject
    private ExternalContext external;

    private final Invitation invitation = new Invitation();
    private String heldUsername;
    private List<Account> all;
    private List<RotaMember> cafeMembers;

    public List<Account> getAccounts() {
        if (all == null) {
            all = accounts.all();
        }
        return all;
    }

    public String invite() {
        return FieldMessages.attempt(() -> mails.invite(invitation, this::invitationLink))
                .map(account -> {
                    FieldMessages.done("accounts.invited", account.getDisplayName(), account.getEmail());
                    return "/admin/accounts?faces-redirect=true";
                })
                .orElse(null);
    }

    public String inviteAgain(Account account) {
        if (!FieldMessages.attempted(() -> mails.inviteAgain(account.getId(), this::invitationLink))) {
            return null;
        }
        FieldMessages.done("accounts.invitedAgain", account.getDisplayName());
        return "/admin/accounts?faces-redirect=true";
    }

    public String deactivate(Account account) {
        if (!FieldMessages.attempted(() -> accounts.deactivate(account.getId()))) {
            return null;
        }
        authentication.credentialsChanged(account.getUsername());
        FieldMessages.done("accounts.deactivated", account.getDisplayName());
        return "/admin/accounts?faces-redirect=true";
    }

    public String bringBack(Account account) {
        accounts.reactivate(account.getId());
        FieldMessages.done("accounts.broughtBack", account.getDisplayName());
        return "/admin/accounts?faces-redirect=true";
    }

    public String liftHold() {
        if (heldUsername == null || heldUsername.isBlank()) {
            FieldMessages.beside("heldUsername", "accounts.hold.required");
            return null;
        }
        authentication.liftHold(heldUsername);
        FieldMessages.done("accounts.hold.lifted", heldUsername.trim());
        return "/admin/accounts?faces-redirect=true";
    }

    private String invitationLink(String token) {
        return InvitationAcceptance.link(address.base((HttpServletRequest) external.getRequest()), token);
    }

    public List<String> getLanguages() {
        return Account.LANGUAGES;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<Organisation> getOrganisations() {
        return organisations.all();
    }

    public List<RotaMember> getCafeMembers() {
        if (cafeMembers == null) {
            cafeMembers = team.withoutAccount();
        }
        return cafeMembers;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public String getHeldUsername() {
        return heldUsername;
    }

    public void setHeldUsername(String heldUsername) {
        this.heldUsername = heldUsername;
    }
}

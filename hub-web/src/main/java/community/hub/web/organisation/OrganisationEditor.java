package community.hub.web.organisation;

import community.hub.account.Account;
import community.hub.account.AccountService;
import community.hub.account.Invitation;
import community.hub.account.Role;
import community.hub.mail.AccountMailOutbox;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationDetails;
import community.hub.organisation.OrganisationService;
import community.hub.organisation.OrganisationType;
import community.hub.room.RateBand;
import community.hub.web.FieldMessages;
import community.hub.web.NotFoundPage;
import community.hub.web.account.InvitationAcceptance;
import community.hub.web.security.HubAuthentication;
import community.hub.web.setup.HubAddress;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Registers an organisation, or changes one and its members. A new member is invited, as on the accounts page: they
 * choose their own password from the emailed link, under the hub's password rules; nobody types one in for them.
 */
@Named
@ViewScoped
public class OrganisationEditor implements Serializable {

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccountService accounts;

    @Inject
    private AccountMailOutbox mails;

    @Inject
    private HubAuthentication authentication;

    @Inject
    private HubAddress address;

    private Long id;
    private OrganisationDetails details;
    private boolean retired;
    private List<OrganisationMember> members = List.of();
    private Invitation member;

    /** Loads the organisation named by the {@code id} parameter, or starts a new one. */
    public void load() {
        if (details != null) {
            return;
        }
        if (id == null) {
            details = new OrganisationDetails();
        } else {
            Optional<Organisation> found = NotFoundPage.unlessRefused(() -> organisations.byId(id));
            if (found.isEmpty()) {
                return;
            }
            Organisation organisation = found.get();
            details = OrganisationDetails.of(organisation);
            retired = organisation.isRetired();
            members = members();
        }
        member = newMember(id);
    }

    public String save() {
        return FieldMessages.attempt(() -> id == null ? organisations.add(details) : organisations.revise(id, details))
                .map(organisation -> {
                    FieldMessages.done("organisation.saved", organisation.getName());
                    return "/admin/organisations?faces-redirect=true";
                })
                .orElse(null);
    }

    private List<OrganisationMember> members() {
        return accounts.members(id).stream().map(OrganisationMember::of).toList();
    }

    public void addMember() {
        String base = address.base((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
        FieldMessages.attempt(() -> mails.invite(member, token -> InvitationAcceptance.link(base, token)))
                .ifPresent(added -> {
                    FieldMessages.done("organisation.member.invited", added.getDisplayName(), added.getEmail());
                    members = members();
                    member = newMember(id);
                });
    }

    public void deactivate(OrganisationMember account) {
        accounts.deactivate(account.getId());
        authentication.credentialsChanged(account.getUsername());
        members = members();
    }

    public void reactivate(OrganisationMember account) {
        accounts.reactivate(account.getId());
        members = members();
    }

    public String retire() {
        FieldMessages.done(
                "organisation.retiredMessage", organisations.retire(id).getName());
        return "/admin/organisations?faces-redirect=true";
    }

    public String reinstate() {
        FieldMessages.done(
                "organisation.reinstatedMessage", organisations.reinstate(id).getName());
        return "/admin/organisations?faces-redirect=true";
    }

    private static Invitation newMember(Long organisationId) {
        Invitation invitation = new Invitation();
        invitation.setRole(Role.TENANT);
        invitation.setOrganisationId(organisationId);
        return invitation;
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public RateBand[] getRateBands() {
        return RateBand.values();
    }

    public boolean isAdding() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationDetails getDetails() {
        return details;
    }

    public boolean isRetired() {
        return retired;
    }

    public List<OrganisationMember> getMembers() {
        return members;
    }

    public Invitation getMember() {
        return member;
    }

    /** The languages a new member's invitation may be written in. */
    public List<String> getLanguages() {
        return Account.LANGUAGES;
    }
}

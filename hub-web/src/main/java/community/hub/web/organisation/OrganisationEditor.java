package community.hub.web.organisation;

import community.hub.account.AccountService;
import community.hub.account.NewAccount;
import community.hub.account.Role;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationDetails;
import community.hub.organisation.OrganisationService;
import community.hub.organisation.OrganisationType;
import community.hub.room.RateBand;
import community.hub.web.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Registers an organisation, or changes one and its members. */
@Named
@ViewScoped
public class OrganisationEditor implements Serializable {

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccountService accounts;

    private Long id;
    private OrganisationDetails details;
    private boolean retired;
    private List<OrganisationMember> members = List.of();
    private NewAccount member;

    /** Loads the organisation named by the {@code id} parameter, or starts a new one. */
    public void load() {
        if (details != null) {
            return;
        }
        if (id == null) {
            details = new OrganisationDetails();
        } else {
            Organisation organisation = organisations.byId(id);
            details = OrganisationDetails.of(organisation);
            retired = organisation.isRetired();
            members = members();
        }
        member = newMember();
    }

    public String save() {
        return FieldMessages.attempt(() -> id == null ? organisations.add(details) : organisations.revise(id, details)).map(organisation -> {
            FieldMessages.done("organisation.saved", organisation.getName());
            return "/admin/organisations?faces-redirect=true";
        }).orElse(null);
    }

    private List<OrganisationMember> members() {
        return accounts.members(id).stream().map(OrganisationMember::of).toList();
    }

    public void addMember() {
        FieldMessages.attempt(() -> accounts.addMember(id, member)).ifPresent(added -> {
            FieldMessages.done("organisation.member.added", added.getDisplayName());
            members = members();
            member = newMember();
        });
    }

    public void deactivate(OrganisationMember account) {
        accounts.deactivate(account.getId());
        members = members();
    }

    public void reactivate(OrganisationMember account) {
        accounts.reactivate(account.getId());
        members = members();
    }

    public String retire() {
        FieldMessages.done("organisation.retiredMessage", organisations.retire(id).getName());
        return "/admin/organisations?faces-redirect=true";
    }

    public String reinstate() {
        FieldMessages.done("organisation.reinstatedMessage", organisations.reinstate(id).getName());
        return "/admin/organisations?faces-redirect=true";
    }

    private static NewAccount newMember() {
        NewAccount account = new NewAccount();
        account.setRole(Role.TENANT);
        return account;
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

    public NewAccount getMember() {
        return member;
    }
}

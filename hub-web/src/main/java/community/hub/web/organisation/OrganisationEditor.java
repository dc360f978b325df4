package community.hub.web.organisation;

import community.hub.Refusal;
import community.hub.account.Account;
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
import jakarta.validation.ConstraintViolationException;

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
    private List<Account> members = List.of();
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
            members = accounts.members(id);
        }
        member = newMember();
    }

    public String save() {
        try {
            Organisation organisation = id == null ? organisations.add(details) : organisations.revise(id, details);
            FieldMessages.done("organisation.saved", organisation.getName());
            return "/admin/organisations?faces-redirect=true";
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        } catch (ConstraintViolationException invalid) {
            FieldMessages.show(invalid);
        }
        return null;
    }

    public void addMember() {
        try {
            Account added = accounts.addMember(id, member);
            FieldMessages.done("organisation.member.added", added.getDisplayName());
            members = accounts.members(id);
            member = newMember();
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        } catch (ConstraintViolationException invalid) {
            FieldMessages.show(invalid);
        }
    }

    public void deactivate(Account account) {
        accounts.deactivate(account.getId());
        members = accounts.members(id);
    }

    public void reactivate(Account account) {
        accounts.reactivate(account.getId());
        members = accounts.members(id);
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

    public List<Account> getMembers() {
        return members;
    }

    public NewAccount getMember() {
        return member;
    }
}

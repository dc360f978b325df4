package community.hub.web.organisation;

import community.hub.account.Account;
import java.io.Serializable;

/** One member of an organisation as its page shows them: a copy of their account, not the account itself. */
public final class OrganisationMember implements Serializable {

    private final long id;
    private final String username;
    private final String displayName;
    private final String email;
    private final boolean active;

    private OrganisationMember(Account account) {
        this.id = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.email = account.getEmail();
        this.active = account.isActive();
    }

    static OrganisationMember of(Account account) {
        return new OrganisationMember(account);
    }

    public long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }
}

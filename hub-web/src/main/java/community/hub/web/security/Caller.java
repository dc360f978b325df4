package community.hub.web.security;

import community.hub.account.Account;
import community.hub.account.AccountService;
import community.hub.organisation.Organisation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** Who is making this request, for pages and resources that show or allow different things by role. */
@Named
@RequestScoped
public class Caller {

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

    private Optional<Account> account;

    /** The signed-in account, or empty for a resident who has not signed in. */
    public Optional<Account> account() {
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            account = principal == null ? Optional.empty() : accounts.byUsername(principal.getName());
        }
        return account;
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getName() {
        return account().map(Account::getDisplayName).orElse(null);
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Roles.ADMIN);
    }

    /** Whether the caller acts for the hub (its coordinators and manager), as the domain says ({@link Account#isStaff()}). */
    public boolean isStaff() {
        return account().map(Account::isStaff).orElse(false);
    }

    /** The organisation the caller acts for, as the domain says ({@link Account#organisationActedFor()}). */
    public Optional<Organisation> organisation() {
        return account().flatMap(Account::organisationActedFor);
    }

    public boolean isTenant() {
        return security.isCallerInRole(Roles.TENANT);
    }

    public boolean isVolunteer() {
        return security.isCallerInRole(Roles.VOLUNTEER);
    }
}

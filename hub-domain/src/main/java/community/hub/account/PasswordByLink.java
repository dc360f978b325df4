package community.hub.account;

import community.hub.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * A password chosen with a one-time link (an invitation's or a reset's): the password must keep {@link PasswordRules}
 * first, so a weak one leaves the link usable; then the link is used up and the account, if still active, takes it.
 */
@ApplicationScoped
@Transactional
class PasswordByLink {

    @Inject
    private AccountService accounts;

    @Inject
    private OneTimeLinks links;

    @Inject
    private Clock clock;

    /** The account whose password is now {@code password}; {@code field} names the form's field for a refusal. */
    Account choose(String token, LinkPurpose purpose, String field, String password) {
        PasswordRules.problemWith(password).ifPresent(problem -> {
            throw Refusal.invalid(field, problem.messageKey());
        });
        OneTimeLink link = links.use(token, purpose, clock.instant());
        Account account = link.getAccount();
        if (account == null || !account.isActive()) {
            throw new UnusableLink(LinkState.UNKNOWN);
        }
        accounts.setPassword(account, field, password);
        return account;
    }
}

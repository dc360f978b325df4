package community.hub.account;

import community.hub.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Changing one's own password, and resetting a forgotten one with a one-time link valid for an hour. A new password
 * follows {@link PasswordRules}; whenever it changes, the sessions signed in with the old one end.
 */
@ApplicationScoped
@Transactional
public class Passwords {

    @Inject
    private AccountService accounts;

    @Inject
    private OneTimeLinks links;

    @Inject
    private Clock clock;

    @Inject
    private PasswordByLink byLink;

    /** A reset link issued for an account that can receive it. */
    public record ResetStarted(Account account, OneTimeLinks.Issued link) {}

    /** Changes the caller's own password, given the one they have now. */
    public Account changeOwn(String username, String currentPassword, String newPassword) {
        Account account = accounts.byUsername(username)
                .filter(Account::isActive)
                .orElseThrow(() -> Refusal.notFound("account.gone", username));
        if (!accounts.isPasswordOf(account, currentPassword)) {
            throw Refusal.invalid("currentPassword", "password.currentWrong");
        }
        accounts.setPassword(account, "newPassword", newPassword);
        SecurityEvents.passwordChanged(account);
        return account;
    }

    /**
     * A reset link for the active account with this username or email address, if there is one with an email address
     * to send it to; nothing otherwise. Callers answer the same either way, so nobody learns which accounts exist.
     */
    public Optional<ResetStarted> startReset(String usernameOrEmail) {
        Optional<ResetStarted> started = accounts.activeByUsernameOrEmail(usernameOrEmail)
                .filter(account -> account.getEmail() != null)
                .map(account -> new ResetStarted(account, links.issue(LinkPurpose.RESET, account, clock.instant())));
        started.ifPresentOrElse(
                reset -> SecurityEvents.resetAsked(reset.account()), SecurityEvents::resetAskedForNobody);
        return started;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LinkState resetLinkState(String token) {
        return links.stateOf(token, LinkPurpose.RESET, clock.instant());
    }

    /** Sets a new password with a reset link, which is then used up; a password that breaks the rules keeps it usable. */
    public Account reset(String token, String newPassword) {
        Account account = byLink.choose(token, LinkPurpose.RESET, "newPassword", newPassword);
        SecurityEvents.passwordReset(account);
        return account;
    }
}

package community.hub.web.security;

import community.hub.account.Account;
import community.hub.account.AccountService;
import community.hub.account.PasswordHashes;
import community.hub.account.SecurityEvents;
import community.hub.web.metrics.HubMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A password offered on the sign-in page or with an API request, checked against the account and counted: too many
 * wrong ones lately for a username from an address hold it there for a while ({@link SignInLimits}). Every check takes
 * as long whether or not the account exists.
 */
@ApplicationScoped
public class PasswordChecks {

    private static final Logger LOG = Logger.getLogger(PasswordChecks.class.getName());

    @Inject
    private HubMetrics metrics;

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHashes hashes;

    @Inject
    private Clock clock;

    private final SignInLimits limits = new SignInLimits();

    /** Until when this username's password is not checked for a client at this address, if it is held now. */
    public Optional<Instant> heldUntil(String username, String address, Instant now) {
        return limits.heldUntil(username, address, now);
    }

    /** The hub manager lifts a hold on a username: from every address, and the account says so. */
    public void liftHold(String username) {
        limits.lift(username);
        accounts.holdLifted(username);
    }

    /** The password checked, and the outcome counted against the username and address (and logged, see {@link SecurityEvents}). */
    public CredentialValidationResult checked(String username, String address, Credential offered) {
        Optional<Account> account = accounts.byUsername(username);
        CredentialValidationResult result;
        if (account.filter(Account::isActive).isPresent() || !(offered instanceof UsernamePasswordCredential typed)) {
            result = identityStores.validate(offered);
        } else {
            // the store would answer at once for a username no active account has: as long as for a wrong password
            // instead
            hashes.matchesNobody(typed.getPasswordAsString());
            result = CredentialValidationResult.INVALID_RESULT;
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            limits.succeeded(username, address);
        } else {
            limits.failed(username, address, clock.instant());
            metrics.signInFailed();
            // a username nobody has may be a password typed in the wrong box: only real usernames are written down
            boolean known = account.isPresent();
            SecurityEvents.signInFailed(
                    known ? username : null, offered instanceof UsernamePasswordCredential ? "password" : "other");
            if (limits.heldUntil(username, address, clock.instant()).isPresent()) {
                SecurityEvents.signInsHeld(known ? username : null);
            }
        }
        return result;
    }

    /**
     * An older, weaker hash made again now the password is known to be right. Best effort: when another sign-in (on this
     * instance or another) has just done the same, its update wins and this one's conflict is no reason to refuse anyone.
     */
    public void strengthenHash(String username, String password) {
        try {
            accounts.strengthenHash(username, password);
        } catch (RuntimeException alreadyDone) {
            LOG.log(Level.FINE, "The hash was strengthened by another sign-in at the same time", alreadyDone);
        }
    }
}

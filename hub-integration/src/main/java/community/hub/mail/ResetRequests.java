package community.hub.mail;

import community.hub.errands.Errands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.UnaryOperator;

/**
 * "Forgot your password" as the page and the API take it: the reset is looked for and written as an errand, after the
 * answer, so the answer takes the same time whether or not the account exists (finding one and writing its link and
 * email costs more than finding none, and that would tell).
 */
@ApplicationScoped
public class ResetRequests {

    @Inject
    private Errands errands;

    @Inject
    private AccountMailOutbox outbox;

    /** A reset link by email for the active account of this username or address, if any; nothing said either way. */
    public void ask(String usernameOrEmail, UnaryOperator<String> linkFor) {
        errands.later("a password reset", () -> outbox.resetRequested(usernameOrEmail, linkFor));
    }
}

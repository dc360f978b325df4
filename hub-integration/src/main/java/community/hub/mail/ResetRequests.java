package community.hub.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Forgot your password" as the page and the API take it: the reset is looked for and written on the container's
 * executor, after the answer, so the answer takes the same time whether or not the account exists (finding one and
 * writing its link and email costs more than finding none, and that would tell).
 */
@ApplicationScoped
public class ResetRequests {

    private static final Logger LOG = Logger.getLogger(ResetRequests.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Inject
    private AccountMailOutbox outbox;

    /** A reset link by email for the active account of this username or address, if any; nothing said either way. */
    public void ask(String usernameOrEmail, UnaryOperator<String> linkFor) {
        try {
            executor.execute(() -> {
                try {
                    outbox.resetRequested(usernameOrEmail, linkFor);
                } catch (RuntimeException failed) {
                    LOG.log(Level.WARNING, "A password reset could not be written", failed);
                }
            });
        } catch (RejectedExecutionException busy) {
            LOG.log(Level.WARNING, "Too busy to take a password reset now; the person may ask again", busy);
        }
    }
}

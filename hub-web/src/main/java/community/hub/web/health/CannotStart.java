package community.hub.web.health;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A hub that cannot start (its database did not open, its schema did not migrate) says why in one log line and stops
 * with exit status 1, so that a service manager sees it fail, rather than running on without a hub inside and a page of
 * stack traces in its log. With {@code HUB_START_WAIT=true} it keeps running instead, and {@code /health/ready} answers
 * DOWN with the reason.
 */
public final class CannotStart {

    private static final Logger LOG = Logger.getLogger(CannotStart.class.getName());
    /** Set once the hub has started; the calendar door's readiness reads it too (community.hub.web.door.HubStarted). */
    public static final String STARTED = "community.hub.started";
    /** Set once the hub has said why it cannot start: the runnable file's launcher then says nothing more. */
    static final String SAID_WHY = "community.hub.cannotStart";

    private static final AtomicBoolean SAID = new AtomicBoolean();

    private CannotStart() {}

    public static boolean started() {
        return Boolean.getBoolean(STARTED);
    }

    /** Says why in one line (once), then stops the process unless told to wait. Returns only if told to wait. */
    public static String because(Throwable failure) {
        String why = reason(failure);
        if (!SAID.compareAndSet(false, true)) {
            return why;
        }
        System.setProperty(SAID_WHY, why);
        boolean wait = ConfigProvider.getConfig(CannotStart.class.getClassLoader())
                .getOptionalValue("hub.start.wait", Boolean.class)
                .orElse(false);
        LOG.severe(() -> "The hub cannot start: " + why
                + (wait
                        ? " It keeps running and answers /health/ready DOWN (HUB_START_WAIT=true)."
                        : " It stops now (HUB_START_WAIT=true would keep it running, answering /health/ready DOWN)."));
        if (!wait) {
            stop();
        }
        return why;
    }

    /**
     * Exits from the thread that failed, so the deployment under way stops here, before it logs its own stack traces.
     * Should the server's shutdown wait for that very deployment, the process is halted after a while.
     */
    private static void stop() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
        Thread halt = new Thread(
                () -> {
                    try {
                        Thread.sleep(15_000);
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                    Runtime.getRuntime().halt(1);
                },
                "hub-cannot-start");
        halt.setDaemon(true);
        halt.start();
        System.exit(1);
    }

    /** The innermost cause says what went wrong; a database error is named as one. */
    static String reason(Throwable failure) {
        boolean database = false;
        Throwable innermost = failure;
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            database |= cause instanceof SQLException;
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                innermost = cause;
            }
        }
        String message =
                String.valueOf(innermost.getMessage()).replaceAll("\\s+", " ").strip();
        return (database ? "its database did not open: " : "") + message + (message.endsWith(".") ? "" : ".");
    }

    private static Throwable next(Throwable cause) {
        if (cause.getCause() != null) {
            return cause.getCause();
        }
        return cause instanceof SQLException sql ? sql.getNextException() : null;
    }
}

package community.hub.launch;

import fish.payara.micro.boot.PayaraMicroLauncher;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * The runnable file's main class ({@code hub-web/target/community-hub.jar}): boots Payara Micro with the hub and the
 * calendar door inside, as Payara's own main class would, then checks that the hub started. A hub application that
 * did not deploy (a CDI error, a bad persistence unit) would leave Payara running with nothing inside and the reason
 * somewhere in a page of stack traces; here it says why in one line, {@code The hub cannot start: …}, and stops with
 * exit status 1, so that a service manager sees it fail. {@code HUB_START_WAIT=true} keeps it running instead, with
 * {@code /health/ready} DOWN (the calendar door's check). A hub that failed in its own start (its database, its
 * settings) has already said so in the same words (community.hub.web.health.CannotStart).
 */
public final class HubLauncher {

    private static final Logger LOG = Logger.getLogger(HubLauncher.class.getName());
    /** Set by the hub once it has started (community.hub.web.health.CannotStart.STARTED). */
    static final String STARTED = "community.hub.started";
    /** Set by the hub when it has already said why it cannot start (community.hub.web.health.CannotStart). */
    static final String SAID = "community.hub.cannotStart";

    private HubLauncher() {}

    public static void main(String[] args) {
        DeploymentFailures failures = DeploymentFailures.watch();
        try {
            PayaraMicroLauncher.create(args);
        } catch (Exception failed) {
            failures.stopWatching();
            cannotStart(DeploymentFailures.reason(failed), false);
            return;
        }
        failures.stopWatching();
        if (Boolean.getBoolean(STARTED)) {
            // Payara's own list of addresses is empty: its listener was off at boot until the hub had started
            LOG.info(() -> "The hub has started: http://localhost:" + port(args) + "/ on this machine.");
            return;
        }
        if (System.getProperty(SAID) != null || !booted(args)) {
            return;
        }
        cannotStart(
                "its application did not deploy: " + failures.reason().orElse("see the log above."),
                toldToWait(System.getProperty("hub.start.wait"), System.getenv()));
    }

    /** False when Payara was asked only to make a file (an uber jar, a launcher), not to run the hub. */
    static boolean booted(String[] args) {
        for (String arg : args) {
            String option = arg.toLowerCase(java.util.Locale.ROOT);
            if (option.equals("--outputuberjar") || option.equals("--outputlauncher")) {
                return false;
            }
        }
        return true;
    }

    /** The HTTP port asked for with {@code --port}, else Payara Micro's own 8080. */
    static String port(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equalsIgnoreCase("--port")) {
                return args[i + 1];
            }
        }
        return "8080";
    }

    /** {@code hub.start.wait} as a system property, else {@code HUB_START_WAIT}, as MicroProfile Config reads them. */
    static boolean toldToWait(String property, Map<String, String> environment) {
        return Boolean.parseBoolean(Optional.ofNullable(property)
                .orElseGet(() -> environment.getOrDefault("HUB_START_WAIT", "false"))
                .strip());
    }

    private static void cannotStart(String why, boolean wait) {
        LOG.severe(() -> "The hub cannot start: " + why
                + (wait
                        ? " It keeps running and answers /health/ready DOWN (HUB_START_WAIT=true)."
                        : " It stops now (HUB_START_WAIT=true would keep it running, answering /health/ready DOWN)."));
        if (wait) {
            return;
        }
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
        // from the main thread, after the boot: no deployment under way for the server's shutdown to wait on
        System.exit(1);
    }
}

package community.hub.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class HubLauncherTest {

    @Test
    void aDeploymentErrorIsSaidByItsInnermostMessagesFirstLineEvenAfterTheLoggingWasConfiguredAgain() throws Exception {
        DeploymentFailures failures = DeploymentFailures.watch();
        try {
            // as Payara Micro does while it boots: every handler goes
            LogManager.getLogManager()
                    .readConfiguration(
                            new ByteArrayInputStream("handlers=\n.level=INFO\n".getBytes(StandardCharsets.ISO_8859_1)));
            Logger deployment = Logger.getLogger("javax.enterprise.system.core");
            deployment.warning("Only a warning");
            deployment.severe("AS-DEPLOYMENT-00026");
            deployment.log(
                    Level.SEVERE,
                    "Exception while loading the app",
                    new IllegalStateException(
                            "Deployment failed",
                            new IllegalArgumentException(
                                    "Invalid resource : java:app/jdbc/missing__pm\n  at some.Place(Place.java:1)")));
            deployment.severe("A later error");

            assertThat(failures.reason()).hasValue("Invalid resource : java:app/jdbc/missing__pm.");
        } finally {
            failures.stopWatching();
        }
        assertThat(Logger.getLogger("").getHandlers()).doesNotContain(failures);
    }

    @Test
    void anErrorWithoutAnExceptionIsSaidByItsMessage() {
        DeploymentFailures failures = DeploymentFailures.watch();
        try {
            Logger.getLogger("fish.payara").log(Level.SEVERE, "Could not deploy jar entry {0}", "hub-web.war");

            assertThat(failures.reason()).hasValue("Could not deploy jar entry hub-web.war.");
        } finally {
            failures.stopWatching();
        }
    }

    @Test
    void aLongReasonIsCutShort() {
        assertThat(DeploymentFailures.oneLine("x".repeat(1000))).hasSize(301).endsWith("…");
        assertThat(DeploymentFailures.reason(new IllegalStateException("AS-DEPLOYMENT-00026")))
                .isEqualTo("IllegalStateException.");
    }

    @Test
    void noErrorNoReason() {
        DeploymentFailures failures = DeploymentFailures.watch();
        failures.stopWatching();
        Logger.getLogger("fish.payara").severe("after the watch");

        assertThat(failures.reason()).isEmpty();
    }

    @Test
    void toldToWaitByTheSystemPropertyFirstThenTheEnvironment() {
        assertThat(HubLauncher.toldToWait(null, Map.of())).isFalse();
        assertThat(HubLauncher.toldToWait(null, Map.of("HUB_START_WAIT", "true")))
                .isTrue();
        assertThat(HubLauncher.toldToWait(" TRUE ", Map.of())).isTrue();
        assertThat(HubLauncher.toldToWait("false", Map.of("HUB_START_WAIT", "true")))
                .isFalse();
    }

    @Test
    void makingAFileIsNoStart() {
        assertThat(HubLauncher.booted(new String[] {"--port", "8080"})).isTrue();
        assertThat(HubLauncher.booted(new String[] {"--deploy", "a.war", "--outputUberJar", "hub.jar"}))
                .isFalse();
    }

    @Test
    void theAddressSaidOnceStartedHasThePortAskedForElsePayarasOwn() {
        assertThat(HubLauncher.port(new String[] {"--nohazelcast", "--port", "18080"}))
                .isEqualTo("18080");
        assertThat(HubLauncher.port(new String[] {"--PORT", "9000"})).isEqualTo("9000");
        assertThat(HubLauncher.port(new String[] {"--deploy", "hub.war"})).isEqualTo("8080");
        assertThat(HubLauncher.port(new String[] {"--port"})).isEqualTo("8080");
    }
}

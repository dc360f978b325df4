package community.hub.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the hub got ready at start: its schema migrated and its data loaded. One that did not stops, or, told to
 * wait, answers DOWN here with the reason (see {@link CannotStart}).
 */
@Readiness
@ApplicationScoped
public class StartReadiness implements HealthCheck {

    private volatile String failure;

    public void started() {
        System.setProperty(CannotStart.STARTED, "true");
    }

    public void failed(Throwable why) {
        failure = CannotStart.because(why);
    }

    @Override
    public HealthCheckResponse call() {
        if (CannotStart.started()) {
            return HealthCheckResponse.up("start");
        }
        return HealthCheckResponse.named("start")
                .down()
                .withData("reason", failure == null ? "starting" : failure)
                .build();
    }
}

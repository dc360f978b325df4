package community.hub.web.door;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The calendar door's readiness: DOWN until the hub beside it has started. A hub whose application failed to deploy
 * has no readiness checks of its own left to say so; this one, in the door's module, still does.
 */
@Readiness
@ApplicationScoped
public class HubStarted implements HealthCheck {

    /** Set by the hub when it has started (community.hub.web.health.CannotStart.STARTED). */
    static final String STARTED = "community.hub.started";

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("hub")
                .status(Boolean.getBoolean(STARTED))
                .withData("reason", Boolean.getBoolean(STARTED) ? "started" : "the hub has not started: see its log")
                .build();
    }
}

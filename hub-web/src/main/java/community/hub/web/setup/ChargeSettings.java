package community.hub.web.setup;

import community.hub.booking.CancellationCutOff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The room-hire settings the domain's rules take: {@code hub.charges.cancellationCutOffHours} (default 48). */
@ApplicationScoped
public class ChargeSettings {

    @Inject
    @ConfigProperty(name = "hub.charges.cancellationCutOffHours", defaultValue = "48")
    private long cutOffHours;

    @Produces
    @Singleton
    CancellationCutOff cancellationCutOff() {
        if (cutOffHours < 0) {
            throw new IllegalStateException("hub.charges.cancellationCutOffHours cannot be negative");
        }
        return new CancellationCutOff(Duration.ofHours(cutOffHours));
    }
}

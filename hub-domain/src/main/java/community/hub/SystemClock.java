package community.hub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock the hub's rules read "now" from, so nothing calls the system clock behind their back. The system
 * property {@code hub.clock.daysAhead} (for benchmarks only, never a real hub) runs it that many days ahead, so that a
 * hub can be measured with a year of bookings behind it: the hub books nothing in the past.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        Clock system = Clock.system(HubTime.ZONE);
        long daysAhead = Long.getLong("hub.clock.daysAhead", 0);
        return daysAhead == 0 ? system : Clock.offset(system, Duration.ofDays(daysAhead));
    }
}

package community.hub.web.clock;

import community.hub.HubTime;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stands in for the hub's system clock in the test server only: the real time, moved by an offset a test sets through
 * {@link ClockServlet}. Time goes on from where it was pinned, so waits and expiries behave as they do for real.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class PinnableClock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Shifted(HubTime.ZONE);
    }

    static void pin(Instant at) {
        OFFSET.set(Duration.between(Instant.now(), at));
    }

    static void release() {
        OFFSET.set(Duration.ZERO);
    }

    private static final class Shifted extends Clock {

        private final ZoneId zone;

        Shifted(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Shifted(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(OFFSET.get());
        }
    }
}

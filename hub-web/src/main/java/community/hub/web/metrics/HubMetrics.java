package community.hub.web.metrics;

import community.hub.booking.BookingMade;
import community.hub.booking.BookingRefused;
import community.hub.mail.MailOutbox;
import community.hub.web.calendar.FeedCounts;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The hub's own figures at {@code /metrics} (Prometheus text, beside Payara's JVM ones), counted where each thing
 * happens: bookings made and refused (by the refusal's key), feed requests, their 304s and answers from memory, failed
 * sign-ins; and how many emails wait in the outbox or were given up on, read from the database at each scrape. Only
 * counts: no titles, names, usernames or addresses, so nothing private can leak from them. The domain knows nothing
 * of metrics: bookings are counted from its events.
 */
@ApplicationScoped
public class HubMetrics implements FeedCounts {

    private static final Metadata BOOKINGS_MADE = about("hub.bookings.created", "Bookings made (committed)");
    private static final Metadata BOOKINGS_REFUSED =
            about("hub.bookings.refused", "Requests to book refused, by the rule that refused them");
    private static final Metadata FEED_REQUESTS =
            about("hub.feed.requests", "Calendar feed requests, whatever the answer");
    private static final Metadata FEEDS_NOT_MODIFIED =
            about("hub.feed.not_modified", "Calendar feed requests answered 304 Not Modified");
    private static final Metadata FEED_CACHE_HITS =
            about("hub.feed.cache_hits", "Calendar feeds answered from one already built in memory");
    private static final Metadata SIGN_IN_FAILURES =
            about("hub.sign_in.failures", "Sign-ins refused for a wrong username or password");

    /**
     * Found once the hub is deployed, not when this bean is made: Payara finds the hub's registry from the application
     * running on the thread, and on the thread deploying the hub (its demo bookings) there is none yet.
     */
    @Inject
    private Instance<MetricRegistry> registries;

    @Inject
    private MailOutbox outbox;

    /**
     * The counters, taken from the hub's registry once, so a count needs no context: the calendar door counts the hub
     * feeds it answers from memory on a thread of its own web module. Null until the hub is deployed: what happens
     * while it is being deployed goes uncounted.
     */
    private volatile Counters counters;

    private record Counters(
            MetricRegistry registry,
            Counter made,
            Counter feedRequests,
            Counter notModified,
            Counter cacheHits,
            Counter signInFailures,
            Map<String, Counter> refusedBy) {}

    /** Registers every figure once the hub is deployed, so a scrape shows them at 0 before anything has happened. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        MetricRegistry registry = registries.get();
        gauge(
                registry,
                about("hub.mail.outbox.waiting", "Emails in the outbox not sent yet, to be tried (again)"),
                outbox::waiting);
        gauge(registry, about("hub.mail.outbox.failed", "Emails in the outbox the hub gave up on"), outbox::givenUp);
        counters = new Counters(
                registry,
                registry.counter(BOOKINGS_MADE),
                registry.counter(FEED_REQUESTS),
                registry.counter(FEEDS_NOT_MODIFIED),
                registry.counter(FEED_CACHE_HITS),
                registry.counter(SIGN_IN_FAILURES),
                new ConcurrentHashMap<>());
    }

    void made(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingMade booking) {
        count(Counters::made);
    }

    void refused(@Observes BookingRefused refusal) {
        count(known -> known.refusedBy()
                .computeIfAbsent(
                        refusal.reason(),
                        reason -> known.registry().counter(BOOKINGS_REFUSED, new Tag("reason", reason))));
    }

    public void signInFailed() {
        count(Counters::signInFailures);
    }

    @Override
    public void asked() {
        count(Counters::feedRequests);
    }

    @Override
    public void notModified() {
        count(Counters::notModified);
    }

    @Override
    public void cacheHit() {
        count(Counters::cacheHits);
    }

    private void count(Function<Counters, Counter> which) {
        Counters known = counters;
        if (known != null) {
            which.apply(known).inc();
        }
    }

    private static Metadata about(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    @SuppressWarnings("unchecked")
    /** A figure read at each scrape, in the hub's context: Payara's metrics endpoint reads it on a thread of its own. */
    private static void gauge(MetricRegistry registry, Metadata about, Supplier<Long> reading) {
        ContextService contexts;
        try {
            contexts = InitialContext.doLookup("java:comp/DefaultContextService");
        } catch (NamingException missing) {
            throw new IllegalStateException(missing);
        }
        registry.gauge(about, (Supplier<Long>) contexts.createContextualProxy(reading, Supplier.class));
    }
}

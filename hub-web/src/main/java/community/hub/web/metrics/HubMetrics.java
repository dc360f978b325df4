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
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
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

    private static final Logger LOG = Logger.getLogger(HubMetrics.class.getName());
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
     * Found when first used, not when this bean is made: Payara finds the hub's registry from the application running
     * on the thread, and on the thread deploying the hub (its demo bookings) there is none yet.
     */
    @Inject
    private Instance<MetricRegistry> registry;

    @Inject
    private MailOutbox outbox;

    /**
     * Registers every figure once the hub is deployed, so a scrape shows them at 0 before anything has happened. Each
     * count looks its counter up in the registry, which keeps it.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (Metadata counter :
                new Metadata[] {BOOKINGS_MADE, FEED_REQUESTS, FEEDS_NOT_MODIFIED, FEED_CACHE_HITS, SIGN_IN_FAILURES}) {
            registry.get().counter(counter);
        }
        gauge(
                about("hub.mail.outbox.waiting", "Emails in the outbox not sent yet, to be tried (again)"),
                outbox::waiting);
        gauge(about("hub.mail.outbox.failed", "Emails in the outbox the hub gave up on"), outbox::givenUp);
    }

    void made(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingMade booking) {
        count(BOOKINGS_MADE);
    }

    void refused(@Observes BookingRefused refusal) {
        count(BOOKINGS_REFUSED, new Tag("reason", refusal.reason()));
    }

    public void signInFailed() {
        count(SIGN_IN_FAILURES);
    }

    @Override
    public void asked() {
        count(FEED_REQUESTS);
    }

    @Override
    public void notModified() {
        count(FEEDS_NOT_MODIFIED);
    }

    @Override
    public void cacheHit() {
        count(FEED_CACHE_HITS);
    }

    /** Counts one; what happens while the hub is being deployed goes uncounted. Counting never fails what it counts. */
    private void count(Metadata about, Tag... tags) {
        try {
            registry.get().counter(about, tags).inc();
        } catch (RuntimeException noApplicationYet) {
            LOG.log(Level.FINE, "Not counted: " + about.getName(), noApplicationYet);
        }
    }

    private static Metadata about(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    @SuppressWarnings("unchecked")
    /** A figure read at each scrape, in the hub's context: Payara's metrics endpoint reads it on a thread of its own. */
    private void gauge(Metadata about, Supplier<Long> reading) {
        ContextService contexts;
        try {
            contexts = InitialContext.doLookup("java:comp/DefaultContextService");
        } catch (NamingException missing) {
            throw new IllegalStateException(missing);
        }
        registry.get().gauge(about, (Supplier<Long>) contexts.createContextualProxy(reading, Supplier.class));
    }
}

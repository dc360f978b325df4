package community.hub.web.setup;

import community.hub.account.HubSetup;
import community.hub.booking.BankHolidayClosures;
import community.hub.demo.DemoData;
import community.hub.errands.Errands;
import community.hub.mail.MailSender;
import community.hub.schema.IndexStatistics;
import community.hub.schema.SchemaMigration;
import community.hub.web.health.StartReadiness;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;

/**
 * Gets the hub ready before it takes its first request: migrates the schema, closes the hub on the coming bank holidays
 * (again every night, see {@link BankHolidayClosures}), then loads the demo
 * data into an empty database unless {@code HUB_DEMO_DATA=false}, then refreshes the database's index statistics and
 * starts sending booking emails. A hub with no account yet (no demo data) writes a one-time setup link in its log.
 * The database is embedded Derby in {@code HUB_DATA_DIR}, or the PostgreSQL server that
 * {@code HUB_DB_URL} names (see {@link HubDataSource}); Derby's statistics are refreshed again every night (see
 * {@link IndexStatistics}). Every setting is checked first ({@link StartSettings}). A hub that cannot get ready says why
 * in one line and stops (see {@link StartReadiness}).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/hub",
        className = "community.hub.web.setup.HubDataSource",
        // Reusing prepared statements spares Derby a new statement and activation per query. The blank cache type
        // works around Payara issue 6647 (without it, a cache size makes the pool fail to build its cache).
        properties = {"fish.payara.statement-cache-size=64", "fish.payara.statement-cache-type= "},
        minPoolSize = 2,
        maxPoolSize = 32)
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HubStartup {

    private static final Logger LOG = Logger.getLogger(HubStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/hub")
    private DataSource dataSource;

    @Inject
    private DemoData demoData;

    @Inject
    private BankHolidayClosures bankHolidays;

    @Inject
    private MailSender mail;

    @Inject
    private Errands errands;

    @Inject
    @ConfigProperty(name = "hub.demo.data", defaultValue = "true")
    private boolean demoDataWanted;

    @Inject
    private HubSetup setup;

    @Inject
    private Config config;

    @Inject
    private HubAddress address;

    @Inject
    @Readiness
    private StartReadiness readiness;

    @Inject
    private BookingPace pace;

    /** The bookings made when the index statistics were last refreshed. */
    private long bookingsAtRefresh;

    private long committedAtLastLook;

    @PostConstruct
    void prepare() {
        try {
            // a mistyped setting stops the start here, named, before anything reads it
            StartSettings.check(config);
            int applied = SchemaMigration.migrate(dataSource);
            LOG.info(() -> "Database schema is up to date (" + applied + " migrations applied now).");
            closeTheComingBankHolidays();
            if (demoDataWanted && demoData.hubIsEmpty()) {
                demoData.load();
                LOG.info("Demo data loaded into the empty database.");
            }
            refreshIndexStatistics();
            // a mistyped mail setting fails here, and is said in the same one line
            mail.start();
            errands.start();
        } catch (RuntimeException failed) {
            // said in one line, not the stack trace of a failed deployment; the hub stops unless told to wait
            readiness.failed(failed);
            return;
        }
        // A real hub's first start: the one line that lets its manager in. Each start makes a new link; older ones stop
        // working.
        setup.newLinkIfNeeded()
                .ifPresent(link -> LOG.warning(() -> "This hub has no account yet. The hub manager sets it up at "
                        + address.base() + "/setup.xhtml?token=" + link.token() + " (the link works once, until "
                        + link.expiresAt() + ")."));
        readiness.started();
    }

    /** At start and at night, so the hub always knows the bank holidays of the years ahead. */
    @Schedule(hour = "3", minute = "30", timezone = "Europe/London", persistent = false)
    void closeTheComingBankHolidays() {
        int closed = bankHolidays.closeTheComingBankHolidays().size();
        if (closed > 0) {
            LOG.info(() -> "The hub is closed on " + closed + " more bank holidays.");
        }
    }

    /**
     * Every ten seconds, one look at the bookings made: once they have doubled since the statistics were refreshed,
     * they are refreshed at the first quiet moment rather than at night (see {@link IndexStatistics#dueAfterGrowth}).
     */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void refreshIndexStatisticsOnceTheBookingsDoubled() {
        long committed = pace.committedSoFar();
        long changes = committed - committedAtLastLook;
        committedAtLastLook = committed;
        try {
            if (IndexStatistics.dueAfterGrowth(bookingsAtRefresh, IndexStatistics.bookingsMade(dataSource), changes)) {
                refreshIndexStatistics();
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not count the bookings made.", e);
        }
    }

    /** At night, when nobody books, so that the statements compiled again afterwards hold up no one. */
    @Schedule(hour = "3", minute = "40", timezone = "Europe/London", persistent = false)
    void refreshIndexStatistics() {
        long started = System.nanoTime();
        try {
            bookingsAtRefresh = IndexStatistics.bookingsMade(dataSource);
            int tables = IndexStatistics.refresh(dataSource);
            if (tables > 0) {
                LOG.info(() -> "Index statistics refreshed for " + tables + " tables in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms.");
            }
        } catch (SQLException e) {
            // the optimiser plans with the statistics it already has: slower queries at worst, never wrong answers
            LOG.log(Level.WARNING, "Could not refresh the index statistics.", e);
        }
    }
}

package community.hub.web.setup;

import community.hub.demo.DemoData;
import community.hub.mail.MailSender;
import community.hub.schema.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Gets the hub ready before it takes its first request: migrates the schema, then loads the demo
 * data into an empty database unless {@code HUB_DEMO_DATA=false}, then starts sending booking emails.
 * The database is embedded Derby in {@code HUB_DATA_DIR}.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/hub",
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "${MPCONFIG=hub.database.name}",
        // Reusing prepared statements spares Derby a new statement and activation per query. The blank cache type
        // works around Payara issue 6647 (without it, a cache size makes the pool fail to build its cache).
        properties = {"createDatabase=create", "fish.payara.statement-cache-size=64", "fish.payara.statement-cache-type= "},
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
    private MailSender mail;

    @Inject
    @ConfigProperty(name = "hub.demo.data", defaultValue = "true")
    private boolean demoDataWanted;

    @PostConstruct
    void prepare() {
        int applied = SchemaMigration.migrate(dataSource);
        LOG.info(() -> "Database schema is up to date (" + applied + " migrations applied now).");
        if (demoDataWanted && demoData.hubIsEmpty()) {
            demoData.load();
            LOG.info("Demo data loaded into the empty database.");
        }
        mail.start();
    }
}

package community.hub.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database's schema up to the newest migration. Safe to run at every start. */
public final class SchemaMigration {

    private SchemaMigration() {}

    /** Applies the migrations the database does not have yet and says how many it applied. */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V12__Booking_ids_from_sequences(), new V34__Installation_and_feed_versions())
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}

package community.hub.schema;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migrations against a real embedded Derby database, as the hub runs them at start. */
class SchemaMigrationTest {

    @TempDir
    static Path directory;

    private static EmbeddedDataSource database;

    @BeforeAll
    static void freshDatabase() {
        System.setProperty("derby.stream.error.file", directory.resolve("derby.log").toString());
        database = new EmbeddedDataSource();
        database.setDatabaseName(directory.resolve("hub").toString());
        database.setCreateDatabase("create");
        SchemaMigration.migrate(database);
    }

    @Test
    void migratingAgainAppliesNothing() {
        assertThat(SchemaMigration.migrate(database)).isZero();
    }

    @Test
    void theSchemaHoldsRoomsOrganisationsAndAccounts() throws SQLException {
        try (Connection connection = database.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase());
            }
            assertThat(names).contains("room", "room_feature", "room_opening_hours", "organisation", "account",
                    "closure", "booking", "booking_audience", "occurrence", "booking_change");
        }
    }

    @Test
    void theDatabaseItselfRefusesATenantWithoutAnOrganisation() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "insert into account (username, display_name, password_hash, account_role, active, version) "
                            + "values ('orphan', 'Orphan', 'x', 'TENANT', true, 0)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ACCOUNT_TENANT_HAS_ORGANISATION");
        }
    }

    @Test
    void theDatabaseItselfRefusesTwoRoomsWithOneSlug() throws SQLException {
        String insert = "insert into room (slug, name, capacity, turnaround_minutes, minimum_booking_minutes, "
                + "maximum_booking_minutes, standard_hourly_rate, community_hourly_rate, bookable_by_tenants, retired, version) "
                + "values ('same-slug', '%s', 10, 0, 30, 60, 10.00, 5.00, true, false, 0)";
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(insert.formatted("First room"));
            assertThatThrownBy(() -> statement.executeUpdate(insert.formatted("Second room")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ROOM_SLUG_UNIQUE");
        }
    }
}

package community.hub.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refreshing index statistics in a real embedded Derby database with Derby's own refresh turned off, as the hub runs it. */
class IndexStatisticsTest {

    private static final String STATISTICS_OF_INDEXES = """
            select c.conglomeratename, s.creationtimestamp from sys.sysstatistics s
            join sys.sysconglomerates c on c.conglomerateid = s.referenceid
            join sys.systables t on t.tableid = s.tableid
            where t.tablename = ?""";

    @Test
    void everyIndexOfEveryHubTableGetsStatisticsCountingTodaysRows(@TempDir Path directory) throws SQLException {
        EmbeddedDataSource database = databaseWithoutAutomaticStatistics(directory);
        SchemaMigration.migrate(database);
        addClosures(database, 400);
        assertThat(statisticsOf(database, "CLOSURE"))
                .as("nothing made statistics before the refresh")
                .isEmpty();

        int tables = IndexStatistics.refresh(database);

        assertThat(tables).as("every table of the schema").isGreaterThan(20);
        Map<String, Timestamp> closures = statisticsOf(database, "CLOSURE");
        assertThat(closures).containsKey("CLOSURE_PERIOD_IDX");

        addClosures(database, 100);
        IndexStatistics.refresh(database);
        assertThat(statisticsOf(database, "CLOSURE"))
                .allSatisfy((index, made) -> assertThat(made).as(index).isAfter(closures.get(index)));
    }

    @Test
    void theStatisticsAreDueAgainOnceTheBookingsHaveDoubledAndBookingIsQuiet() {
        assertThat(IndexStatistics.dueAfterGrowth(5_000, 9_999, 0)).isFalse();
        assertThat(IndexStatistics.dueAfterGrowth(5_000, 10_000, 0)).isTrue();
        assertThat(IndexStatistics.dueAfterGrowth(0, 999, 0))
                .as("a new hub's handful")
                .isFalse();
        assertThat(IndexStatistics.dueAfterGrowth(0, 1_000, 0)).isTrue();
        assertThat(IndexStatistics.dueAfterGrowth(200_000, 150_000, 0)).isFalse();
        assertThat(IndexStatistics.dueAfterGrowth(5_000, 10_000, IndexStatistics.MOST_CHANGES_WHEN_QUIET))
                .isTrue();
        assertThat(IndexStatistics.dueAfterGrowth(5_000, 10_000, IndexStatistics.MOST_CHANGES_WHEN_QUIET + 1))
                .as("while bookings pour in, it waits")
                .isFalse();
    }

    @Test
    void aNewHubHasMadeNoBookings(@TempDir Path directory) throws SQLException {
        EmbeddedDataSource database = databaseWithoutAutomaticStatistics(directory);
        SchemaMigration.migrate(database);
        assertThat(IndexStatistics.bookingsMade(database)).isZero();
    }

    private static EmbeddedDataSource databaseWithoutAutomaticStatistics(Path directory) {
        System.setProperty(
                "derby.stream.error.file", directory.resolve("derby.log").toString());
        System.setProperty("derby.storage.indexStats.auto", "false");
        EmbeddedDataSource database = new EmbeddedDataSource();
        database.setDatabaseName(directory.resolve("hub").toString());
        database.setCreateDatabase("create");
        return database;
    }

    private static void addClosures(EmbeddedDataSource database, int count) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into closure (first_day, last_day, starts_at, ends_at, reason) values ('2030-01-01', '2030-01-01', ?, ?, 'Maintenance')")) {
            connection.setAutoCommit(false);
            for (int day = 0; day < count; day++) {
                long start = 1_900_000_000_000L + day * 86_400_000L;
                insert.setLong(1, start);
                insert.setLong(2, start + 3_600_000L);
                insert.addBatch();
            }
            insert.executeBatch();
            try (Statement statement = connection.createStatement()) {
                // a query the optimiser plans with the period index: the moment Derby's own refresh would make
                // statistics
                statement
                        .executeQuery(
                                "select count(*) from closure where starts_at < 1900000000000 and ends_at > 1800000000000")
                        .close();
            }
            connection.commit();
        }
    }

    private static Map<String, Timestamp> statisticsOf(EmbeddedDataSource database, String table) throws SQLException {
        Map<String, Timestamp> made = new HashMap<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(STATISTICS_OF_INDEXES)) {
            query.setString(1, table);
            try (ResultSet statistics = query.executeQuery()) {
                while (statistics.next()) {
                    made.put(statistics.getString(1), statistics.getTimestamp(2));
                }
            }
        }
        return made;
    }
}

package community.hub.schema;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Brings embedded Derby's index statistics up to date, so that its optimiser plans with the row counts of today.
 * <p>
 * The hub runs Derby with its automatic refresh turned off ({@code derby.storage.indexStats.auto=false} on the run and
 * test commands). Left on, Derby rebuilds a table's statistics in the middle of the day, whenever the table has grown
 * by a factor of about e, and then compiles every statement on that table again: bookings stall for a moment while
 * that happens (bench/README.md). The hub refreshes them when it starts and at night instead. Refreshing a table's
 * statistics also makes Derby plan its statements afresh, which it otherwise no longer does as tables grow
 * ({@code derby.language.stalePlanCheckInterval} is set as high as it goes, for the same reason). A hub whose bookings
 * have doubled since the last refresh refreshes them at its next quiet moment too ({@link #dueAfterGrowth}): plans made
 * when the tables were a tenth of their size read whole tables where an index would find a few rows.
 * Other databases keep their own statistics, so there this does nothing.
 */
public final class IndexStatistics {

    private static final String DERBY = "Apache Derby";

    /** Below this many bookings plans hardly differ: a new hub does not refresh at every doubling of a handful. */
    private static final long FEWEST_BOOKINGS_TO_REFRESH = 1_000;

    /** Booking changes in ten seconds that still leave the hub quiet enough to refresh its statistics. */
    public static final int MOST_CHANGES_WHEN_QUIET = 20;

    private IndexStatistics() {}

    /** Refreshes the statistics of every index of every table in the hub's schema and says how many tables it read. */
    public static int refresh(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!DERBY.equals(connection.getMetaData().getDatabaseProductName())) {
                return 0;
            }
            String schema = connection.getSchema();
            List<String> tables = tablesIn(connection, schema);
            try (CallableStatement update =
                    connection.prepareCall("call SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, null)")) {
                for (String table : tables) {
                    update.setString(1, schema);
                    update.setString(2, table);
                    update.execute();
                }
            }
            return tables.size();
        }
    }

    /** How many bookings the hub has made, near enough: the highest booking number (one look at the primary key). */
    public static long bookingsMade(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet newest = statement.executeQuery("select max(id) from booking")) {
            return newest.next() ? newest.getLong(1) : 0;
        }
    }

    /**
     * Whether to refresh the statistics now: the bookings made have at least doubled since they were refreshed, and
     * booking is quiet (at most {@value #MOST_CHANGES_WHEN_QUIET} changes since the last look, ten seconds ago). Not
     * while bookings pour in: Derby plans every statement again afterwards, and those run slowly until the JIT has
     * compiled them (bench/README.md [9]).
     */
    public static boolean dueAfterGrowth(long bookingsAtRefresh, long bookingsNow, long changesSinceLastLook) {
        return changesSinceLastLook <= MOST_CHANGES_WHEN_QUIET
                && bookingsNow >= FEWEST_BOOKINGS_TO_REFRESH
                && bookingsNow >= 2 * bookingsAtRefresh;
    }

    private static List<String> tablesIn(Connection connection, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}

package community.hub.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Bookings, their dates and their history take ids from sequences handed out {@value #BLOCK} at a time, instead of
 * identity columns: the hub then asks the database for an id once per {@value #BLOCK} rows rather than after every
 * insert, and can send a series' dates in one batch. Each sequence starts above the ids already used; the identity
 * columns stay as they were but are no longer used (every row is inserted with its id); on PostgreSQL they are dropped,
 * as their sequences have the names wanted here. A Java migration because a sequence's start must be written as a
 * number in its DDL. The PostgreSQL step came after the release and changes nothing on Apache Derby.
 */
public class V12__Booking_ids_from_sequences extends BaseJavaMigration {

    /**
     * The size of each block of ids, written here as it was when migrated; the persistence mappings use
     * {@code community.hub.booking.IdBlocks.SIZE}, which must match.
     */
    public static final int BLOCK = 50;

    private static final Map<String, String> SEQUENCES = Map.of(
            "booking", "booking_id_seq",
            "occurrence", "occurrence_id_seq",
            "booking_change", "booking_change_id_seq");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgresql = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> table : SEQUENCES.entrySet()) {
                if (postgresql) {
                    // PostgreSQL gave each identity column a sequence of its own, under the very name wanted here
                    statement.execute("ALTER TABLE " + table.getKey() + " ALTER COLUMN id DROP IDENTITY");
                }
                statement.execute("CREATE SEQUENCE " + table.getValue() + " AS BIGINT START WITH "
                        + firstValue(statement, table.getKey()) + " INCREMENT BY " + BLOCK);
            }
        }
    }

    /** The persistence provider uses the value it is given as the last id of a block, so the first block must end here. */
    private static long firstValue(Statement statement, String table) throws SQLException {
        try (ResultSet highest = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            highest.next();
            return highest.getLong(1) + BLOCK;
        }
    }
}

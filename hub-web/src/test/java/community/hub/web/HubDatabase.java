package community.hub.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The running test hub's own database, to check what it stores: the test server's embedded Derby answers on a reserved
 * port on localhost (see {@link HubDeployment}), read here through Derby's client driver, read-only, while the hub runs.
 */
final class HubDatabase {

    private HubDatabase() {}

    static Connection readOnly() throws SQLException {
        String url = "jdbc:derby://localhost:" + System.getProperty("hub.it.derbyPort") + "/"
                + System.getProperty("hub.it.database");
        Connection connection = DriverManager.getConnection(url);
        connection.setReadOnly(true);
        return connection;
    }

    /** The test hub's installation id, made when its database was: the part after the @ of its feeds' UIDs. */
    static String installationId() {
        return single("SELECT installation_id FROM hub_installation").toString();
    }

    /** How many rows a table holds now. */
    static long rows(String table) {
        return ((Number) single("SELECT COUNT(*) FROM " + table)).longValue();
    }

    private static Object single(String query) {
        try (Connection connection = readOnly();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getObject(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}

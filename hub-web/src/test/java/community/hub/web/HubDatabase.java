package community.hub.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The running test hub's own database, to check what it stores: the test server's embedded Derby answers on a reserved
 * port on localhost (see {@link HubDeployment}), read here through Derby's client driver, read-only, while the hub runs.
 */
final class HubDatabase {

    private HubDatabase() {
    }

    static Connection readOnly() throws SQLException {
        String url = "jdbc:derby://localhost:" + System.getProperty("hub.it.derbyPort") + "/" + System.getProperty("hub.it.database");
        Connection connection = DriverManager.getConnection(url);
        connection.setReadOnly(true);
        return connection;
    }
}

package community.hub.web;

import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the running server, against its own database: what the hub actually stores about passwords.
 * In-container tests get only what the deployment holds, so they assert with JUnit alone.
 */
@ExtendWith(ArquillianExtension.class)
class AccountStoreIT {

    @Resource(lookup = "java:app/jdbc/hub")
    private DataSource database;

    @Deployment
    static WebArchive deployment() {
        return HubDeployment.war();
    }

    @Test
    void passwordsAreStoredOnlyAsPbkdf2Hashes() throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("select username, password_hash from account");
             ResultSet accounts = query.executeQuery()) {
            int count = 0;
            while (accounts.next()) {
                count++;
                String hash = accounts.getString("password_hash");
                String username = accounts.getString("username");
                assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:4096:"), () -> username + " has hash " + hash);
                assertFalse(hash.contains("hub-demo"), username);
            }
            assertTrue(count >= 7, "the seven demo accounts at least, but found " + count);
        }
    }
}

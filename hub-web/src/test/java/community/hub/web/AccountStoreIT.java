package community.hub.web;

import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Collectors;

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

    /**
     * Its own database: the suite's other server may still be letting go of the shared one (embedded Derby
     * allows one server per database), so this deployment's settings point elsewhere, at a higher ordinal.
     */
    @Deployment
    static WebArchive deployment() throws IOException {
        String settings = "WEB-INF/classes/META-INF/microprofile-config.properties";
        String database = System.getProperty("it.dir", "target/it") + "/account-store-" + System.nanoTime() + "/hub";
        String kept = Files.readAllLines(Path.of(System.getProperty("hub.webapp", "target/hub-web"), settings)).stream()
                .filter(line -> !line.startsWith("hub.data.dir") && !line.startsWith("hub.database.name"))
                .collect(Collectors.joining("\n"));
        WebArchive war = HubDeployment.war();
        war.delete(settings);
        return war.add(new StringAsset("config_ordinal=500\nhub.database.name=" + database + "\n" + kept + "\n"), settings);
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

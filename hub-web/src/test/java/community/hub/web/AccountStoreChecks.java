package community.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the running hub actually stores about passwords, read from the {@code account} table of its own database. */
abstract class AccountStoreChecks {

    private static Map<String, String> hashes() throws SQLException {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (Connection connection = HubDatabase.readOnly();
                PreparedStatement query = connection.prepareStatement("select username, password_hash from account");
                ResultSet accounts = query.executeQuery()) {
            while (accounts.next()) {
                hashes.put(accounts.getString("username"), accounts.getString("password_hash"));
            }
        }
        return hashes;
    }

    @Test
    void passwordsAreStoredOnlyAsPbkdf2Hashes() throws SQLException {
        Map<String, String> hashes = hashes();

        assertThat(hashes)
                .as("the demo accounts at least")
                .containsKeys("admin", "staff", "foodbank", "youth", "camhs", "sam", "alex");
        // the demo's are made with the old 4,096 iterations and strengthened at their first sign-in; all others at
        // 600,000
        assertThat(hashes)
                .allSatisfy((username, hash) -> assertThat(hash)
                        .as(username)
                        .matches("PBKDF2WithHmacSHA256:(4096|600000):[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")
                        .doesNotContain(HubClient.DEMO_PASSWORD));
        assertThat(hashes.get("staff")).as("each password has its own salt").isNotEqualTo(hashes.get("admin"));
    }

    @Test
    void anOlderWeakerHashIsMadeAgainWithSixHundredThousandIterationsAtTheNextSignIn() throws SQLException {
        assertThat(signedIn("youth")).isEqualTo(200);

        assertThat(hashes().get("youth")).startsWith("PBKDF2WithHmacSHA256:600000:");
        assertThat(signedIn("youth")).as("and the password still works").isEqualTo(200);
    }

    private static int signedIn(String username) {
        return HubIT.HUB.get("/api/me", username, HubClient.DEMO_PASSWORD).statusCode();
    }
}

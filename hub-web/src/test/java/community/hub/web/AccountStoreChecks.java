package community.hub.web;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the running hub actually stores about passwords, read from the {@code account} table of its own database. */
abstract class AccountStoreChecks {

    @Test
    void passwordsAreStoredOnlyAsPbkdf2Hashes() throws SQLException {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (Connection connection = HubDatabase.readOnly();
             PreparedStatement query = connection.prepareStatement("select username, password_hash from account");
             ResultSet accounts = query.executeQuery()) {
            while (accounts.next()) {
                hashes.put(accounts.getString("username"), accounts.getString("password_hash"));
            }
        }

        assertThat(hashes).as("the demo accounts at least").containsKeys("admin", "staff", "foodbank", "youth", "camhs", "sam", "alex");
        assertThat(hashes).allSatisfy((username, hash) -> assertThat(hash).as(username)
                .startsWith("PBKDF2WithHmacSHA256:600000:").doesNotContain(HubClient.DEMO_PASSWORD));
        assertThat(hashes.get("staff")).as("each password has its own salt").isNotEqualTo(hashes.get("admin"));
    }
}

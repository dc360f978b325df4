package community.hub.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** The hashes the hub makes itself, in the form the sign-in's PBKDF2 check reads. */
class PasswordHashesTest {

    @Test
    void weakerHashesThanTodaysAreMadeAgain() {
        assertThat(PasswordHashes.isWeak("PBKDF2WithHmacSHA256:4096:c2FsdA==:aGFzaA=="))
                .isTrue();
        assertThat(PasswordHashes.isWeak("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA=="))
                .isTrue();
        assertThat(PasswordHashes.isWeak("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="))
                .isFalse();
        assertThat(PasswordHashes.isWeak("PBKDF2WithHmacSHA256:many:c2FsdA==:aGFzaA=="))
                .isTrue();
        assertThat(PasswordHashes.isWeak("nonsense")).isTrue();
    }

    @Test
    void aDemoHashIsTheDemoPasswordsWithTheOldParametersSoItIsMadeAgainAtSignIn() throws Exception {
        String stored = PasswordHashes.ofDemo("hub-demo");

        String[] parts = stored.split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(parts[1]).isEqualTo(String.valueOf(PasswordHashes.DEMO_ITERATIONS));
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        assertThat(salt).hasSize(32);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("hub-demo".toCharArray(), salt, PasswordHashes.DEMO_ITERATIONS, 256))
                .getEncoded();
        assertThat(Base64.getDecoder().decode(parts[3])).isEqualTo(key);
        assertThat(PasswordHashes.isWeak(stored)).isTrue();
        assertThat(PasswordHashes.ofDemo("hub-demo")).as("a new salt each time").isNotEqualTo(stored);
    }

    @Test
    void anUnusableHashHasTodaysParametersAndIsNeverTheSameTwice() {
        String stored = PasswordHashes.unusable();

        String[] parts = stored.split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[1]).isEqualTo(String.valueOf(PasswordHashes.ITERATIONS));
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(PasswordHashes.isWeak(stored))
                .as("not made again at a sign-in it can never have")
                .isFalse();
        assertThat(PasswordHashes.unusable()).isNotEqualTo(stored);
    }
}

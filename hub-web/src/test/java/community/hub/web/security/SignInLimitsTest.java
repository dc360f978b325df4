package community.hub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Wrong passwords held back by username and address: a guesser locks out only itself. */
class SignInLimitsTest {

    private static final Instant START = Instant.parse("2027-03-02T10:00:00Z");

    @Test
    void tenWrongPasswordsFromOneAddressHoldTheUsernameThereOnly() {
        SignInLimits limits = new SignInLimits();
        for (int i = 0; i < FailedSignIns.MOST_FAILURES; i++) {
            limits.failed("admin", "203.0.113.9", START.plusSeconds(i));
        }

        assertThat(limits.heldUntil("admin", "203.0.113.9", START.plusSeconds(10)))
                .isPresent();
        assertThat(limits.heldUntil("ADMIN", "203.0.113.9", START.plusSeconds(10)))
                .isPresent();
        assertThat(limits.heldUntil("admin", "198.51.100.7", START.plusSeconds(10)))
                .as("the manager at the hub's office")
                .isEmpty();

        limits.lift("admin");
        assertThat(limits.heldUntil("admin", "203.0.113.9", START.plusSeconds(11)))
                .isEmpty();
    }

    @Test
    void anAddressGuessingAtManyUsernamesIsHeldForAll() {
        SignInLimits limits = new SignInLimits();
        for (int i = 0; i < SignInLimits.FROM_ONE_ADDRESS; i++) {
            limits.failed("user" + i, "203.0.113.9", START.plusSeconds(i));
        }

        assertThat(limits.heldUntil("someone-else", "203.0.113.9", START.plusSeconds(200)))
                .isPresent();
        assertThat(limits.heldUntil("someone-else", "198.51.100.7", START.plusSeconds(200)))
                .isEmpty();
    }

    @Test
    void aUsernameGuessedFromEverywhereIsHeldEverywhere() {
        SignInLimits limits = new SignInLimits();
        for (int i = 0; i < SignInLimits.FROM_EVERYWHERE; i++) {
            limits.failed("admin", "203.0.113." + (i % 250), START.plusSeconds(i));
        }

        assertThat(limits.heldUntil("admin", "198.51.100.7", START.plusSeconds(200)))
                .isPresent();
    }
}

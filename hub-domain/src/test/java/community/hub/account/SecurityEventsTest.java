package community.hub.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a typed username may put into the security log: one line, short, quoted. */
class SecurityEventsTest {

    @Test
    void aTypedUsernameCannotBreakTheLogIntoLines() {
        assertThat(SecurityEvents.printable("sam\nSign-in succeeded for admin"))
                .isEqualTo("\"sam?Sign-in succeeded for admin\"");
        assertThat(SecurityEvents.printable("x".repeat(100))).hasSize(63);
        assertThat(SecurityEvents.printable(null)).isEqualTo("(none)");
    }
}

package community.hub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whose address a wrong password is counted against: X-Forwarded-For only from a proxy the hub is told to trust. */
class ClientAddressTest {

    @Test
    void aClientsOwnForwardedForIsIgnoredWhenNoProxyIsTrusted() {
        ClientAddress untrusting = new ClientAddress("");

        assertThat(untrusting.of("203.0.113.9", "198.51.100.7")).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheAddressItSawIsTakenNotWhatTheClientClaimed() {
        ClientAddress behindNginx = new ClientAddress("127.0.0.1, ::1");

        assertThat(behindNginx.of("127.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(behindNginx.of("127.0.0.1", "198.51.100.7, 203.0.113.9"))
                .as("the client claimed the first one")
                .isEqualTo("203.0.113.9");
        assertThat(behindNginx.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
        assertThat(behindNginx.of("192.0.2.1", "203.0.113.9"))
                .as("not through the proxy")
                .isEqualTo("192.0.2.1");
    }
}

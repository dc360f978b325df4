package community.hub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The public address a reverse proxy says people reached the hub at: only what is plainly a scheme and a host. */
class ForwardedOriginTest {

    @Test
    void nginxsHeadersGiveTheHttpsAddressWithoutAPort() {
        ForwardedOrigin origin = ForwardedOrigin.of(null, "https", "Hub.Example.org", "http", "127.0.0.1:8080")
                .orElseThrow();

        assertThat(origin).isEqualTo(new ForwardedOrigin("https", "hub.example.org", 443));
        assertThat(origin.address()).isEqualTo("https://hub.example.org");
    }

    @Test
    void withoutAForwardedHostTheHostHeaderTheProxySetIsKept() {
        assertThat(ForwardedOrigin.of(null, "https", null, "http", "hub.example.org")
                        .orElseThrow()
                        .address())
                .isEqualTo("https://hub.example.org");
        assertThat(ForwardedOrigin.of(null, "https", null, "http", "hub.example.org:8443")
                        .orElseThrow()
                        .address())
                .isEqualTo("https://hub.example.org:8443");
    }

    @Test
    void rfc7239ForwardedWinsAndItsLastElementIsTheNearestProxys() {
        assertThat(ForwardedOrigin.of(
                                "for=198.51.100.7;proto=http;host=evil.example, for=203.0.113.9;proto=https;host=\"hub.example.org\"",
                                "http",
                                "other.example",
                                "http",
                                "127.0.0.1:8080")
                        .orElseThrow()
                        .address())
                .isEqualTo("https://hub.example.org");
        assertThat(ForwardedOrigin.of(null, "http, https", "a.example, hub.example.org", "http", null)
                        .orElseThrow()
                        .address())
                .isEqualTo("https://hub.example.org");
    }

    @Test
    void nothingUsableIsIgnoredNotGuessedAt() {
        assertThat(ForwardedOrigin.of(null, null, null, "http", "hub.example.org"))
                .isEmpty();
        assertThat(ForwardedOrigin.of(null, "javascript", "hub.example.org", "http", null))
                .isEmpty();
        assertThat(ForwardedOrigin.of(null, "https", "hub.example.org/evil", "http", null))
                .isEmpty();
        assertThat(ForwardedOrigin.of(null, "https", "hub.example.org:99999", "http", null))
                .isEmpty();
        assertThat(ForwardedOrigin.of("for=1.2.3.4", null, null, "http", null)).isEmpty();
        assertThat(ForwardedOrigin.of(",", null, null, "http", null)).isEmpty();
    }
}

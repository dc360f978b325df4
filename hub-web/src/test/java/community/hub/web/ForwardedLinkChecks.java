package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static community.hub.web.HubIT.MAIL;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Links the hub writes behind a reverse proxy (README, "Running it for real"): the test hub trusts 127.0.0.1 as its
 * proxy, so a request to localhost with X-Forwarded-Proto and X-Forwarded-Host (or RFC 7239 Forwarded) is one the
 * proxy passed on from https://hub.example.org. The same headers sent to the machine's own network address come from
 * an address the hub does not trust: they change nothing.
 */
abstract class ForwardedLinkChecks {

    private static final String PUBLIC_HOST = "hub.example.org";
    private static final String[] THROUGH_THE_PROXY = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", PUBLIC_HOST};

    /** The test hub at localhost: as its trusted proxy reaches it. */
    private static URI proxied(String path) {
        return HUB.uri(path);
    }

    /** The test hub at this machine's own network address: as any client on the network reaches it, untrusted. */
    private static URI direct(String path) {
        return URI.create("http://" + networkAddress() + ":" + HUB.uri("/").getPort() + path);
    }

    private static String networkAddress() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(ForwardedLinkChecks::up)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                    .map(InetAddress::getHostAddress)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("this machine has no network address"));
        } catch (SocketException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static boolean up(NetworkInterface face) {
        try {
            return face.isUp() && !face.isLoopback();
        } catch (SocketException unreadable) {
            return false;
        }
    }

    private static HttpResponse<String> send(URI uri, String method, String json, String username, String... headers) {
        return HUB.sendWith(method, uri.toString(), json, username, headers);
    }

    private static JsonObject firstFeed(URI feeds, String... headers) {
        HttpResponse<String> answer = send(feeds, "GET", null, "camhs", headers);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return HubClient.array(answer).getJsonObject(0);
    }

    @Test
    void theFeedListThroughTheProxyLinksToThePublicHttpsHost() {
        assertThat(HUB.post("/api/me/feeds", "", "camhs").statusCode()).isEqualTo(200);

        JsonObject feed = firstFeed(proxied("/api/me/feeds"), THROUGH_THE_PROXY);

        assertThat(feed.getString("url")).startsWith("https://" + PUBLIC_HOST + "/calendar/feeds/");
        assertThat(feed.getString("webcal")).startsWith("webcal://" + PUBLIC_HOST + "/calendar/feeds/");
        assertThat(feed.getString("google")).contains("webcal%3A%2F%2F" + PUBLIC_HOST + "%2Fcalendar%2Ffeeds%2F");
        assertThat(feed.getString("outlook")).contains("https%3A%2F%2F" + PUBLIC_HOST + "%2Fcalendar%2Ffeeds%2F");
        assertThat(firstFeed(
                                proxied("/api/me/feeds"),
                                "Forwarded",
                                "for=203.0.113.9;proto=https;host=\"" + PUBLIC_HOST + ":8443\"")
                        .getString("url"))
                .as("RFC 7239")
                .startsWith("https://" + PUBLIC_HOST + ":8443/calendar/feeds/");
    }

    @Test
    void aPageThroughTheProxyLinksToThePublicHttpsHost() {
        HttpResponse<String> page = send(proxied("/"), "GET", null, null, THROUGH_THE_PROXY);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "href=\"webcal://" + PUBLIC_HOST + "/calendar/hub.ics\"",
                        "https://" + PUBLIC_HOST + "/calendar/hub.ics")
                .doesNotContain("http://localhost");
    }

    @Test
    void aLocationAndARedirectThroughTheProxyPointToThePublicHost() {
        long room = BookingsApiChecks.roomId("art-studio");
        LocalDate day = TestDates.inLane(TestDates.Lane.PROXY_AND_METRICS, 0, DayOfWeek.WEDNESDAY, 1);
        HttpResponse<String> booked = send(
                proxied("/api/bookings"),
                "POST",
                BookingsApiChecks.booking(room, "Behind the proxy", day + "T10:00:00", day + "T11:00:00", ""),
                "staff",
                THROUGH_THE_PROXY);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(booked.headers().firstValue("Location").orElseThrow())
                .isEqualTo("https://" + PUBLIC_HOST + "/api/bookings/"
                        + HubClient.object(booked).getJsonNumber("id").longValue());

        HttpResponse<String> signInFirst = send(proxied("/admin/accounts.xhtml"), "GET", null, null, THROUGH_THE_PROXY);
        assertThat(signInFirst.statusCode()).isEqualTo(302);
        assertThat(signInFirst.headers().firstValue("Location").orElseThrow())
                .as("relative, so the browser stays on the public address")
                .startsWith("/login.xhtml");

        assertThat(send(proxied("/openapi"), "GET", null, null, THROUGH_THE_PROXY)
                        .body())
                .as("the API's server stays relative")
                .contains("url: /")
                .doesNotContain(PUBLIC_HOST);
    }

    @Test
    void invitationAndResetEmailsAskedThroughTheProxyLinkToThePublicHttpsHost() {
        String person = "proxied-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> invited =
                send(proxied("/api/accounts"), "POST", """
                {"username": "%s", "displayName": "Pat Proxy", "email": "%s@people.example", "role": "staff"}""".formatted(person, person), "admin", THROUGH_THE_PROXY);
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(emailTo(person, "You are invited")).contains("https://" + PUBLIC_HOST + "/invitation.xhtml?token=");

        assertThat(send(
                                proxied("/api/password-resets"),
                                "POST",
                                "{\"username\": \"" + person + "\"}",
                                null,
                                THROUGH_THE_PROXY)
                        .statusCode())
                .isEqualTo(202);
        assertThat(emailTo(person, "Choose a new password"))
                .contains("https://" + PUBLIC_HOST + "/reset-password.xhtml?token=");
    }

    @Test
    void theSameHeadersFromAnUntrustedAddressChangeNothing() {
        assertThat(HUB.post("/api/me/feeds", "", "camhs").statusCode()).isEqualTo(200);
        String direct = "http://" + networkAddress() + ":" + HUB.uri("/").getPort();

        JsonObject feed = firstFeed(direct("/api/me/feeds"), THROUGH_THE_PROXY);
        assertThat(feed.getString("url")).startsWith(direct + "/calendar/feeds/");
        assertThat(feed.getString("webcal")).doesNotContain(PUBLIC_HOST);
        assertThat(firstFeed(direct("/api/me/feeds"), "Forwarded", "proto=https;host=" + PUBLIC_HOST)
                        .getString("url"))
                .startsWith(direct + "/calendar/feeds/");
        assertThat(send(direct("/"), "GET", null, null, THROUGH_THE_PROXY).body())
                .contains("href=\"webcal://" + networkAddress() + ":")
                .doesNotContain(PUBLIC_HOST);

        String person = "unproxied-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(send(direct("/api/accounts"), "POST", """
                {"username": "%s", "displayName": "Una Direct", "email": "%s@people.example", "role": "staff"}""".formatted(person, person), "admin", THROUGH_THE_PROXY)
                        .statusCode())
                .isEqualTo(201);
        assertThat(emailTo(person, "You are invited"))
                .contains(direct + "/invitation.xhtml?token=")
                .doesNotContain(PUBLIC_HOST);
    }

    /** The body of the latest email with this subject start sent to this person. */
    private static String emailTo(String person, String subjectStart) {
        MimeMessage email = MAIL.await(
                        message -> TestMailServer.sentTo(message, person + "@people.example")
                                && TestMailServer.subject(message).startsWith(subjectStart),
                        Duration.ofSeconds(30))
                .orElseThrow();
        return TestMailServer.text(email);
    }

    /** The session cookie set by signing in on the sign-in page (its form posted as a browser posts it). */
    private static String sessionCookieOnSigningIn(URI login, String... headers) throws Exception {
        HttpResponse<String> signedIn = SignInForm.post(HttpClient.newHttpClient(), login, "staff", headers);
        return signedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie: " + signedIn.headers()));
    }

    @Test
    void signingInThroughAProxyThatSaysHttpsGivesASessionCookieOnlyHttpsCarries() throws Exception {
        assertThat(sessionCookieOnSigningIn(proxied("/login.xhtml"), THROUGH_THE_PROXY))
                .containsIgnoringCase("; Secure")
                .containsIgnoringCase("; HttpOnly")
                .contains("; SameSite=Lax");
        assertThat(sessionCookieOnSigningIn(
                        proxied("/login.xhtml"), "X-Forwarded-Proto", "http", "X-Forwarded-Host", PUBLIC_HOST))
                .as("a proxy that says http")
                .doesNotContainIgnoringCase("secure")
                .containsIgnoringCase("; HttpOnly")
                .contains("; SameSite=Lax");
        assertThat(sessionCookieOnSigningIn(direct("/login.xhtml"), THROUGH_THE_PROXY))
                .as("from an address the hub does not trust")
                .doesNotContainIgnoringCase("secure")
                .contains("; SameSite=Lax");
    }
}

package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static community.hub.web.Problems.assertProblem;
import static community.hub.web.Problems.assertProblemJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * The hub as HTTP sees it, probed as an outsider would: TRACE over a raw socket, sessions and their cookie, the
 * content security policy in a real browser, what may be stored by caches, and the server's own errors.
 */
abstract class ProtocolChecks {

    /** A request smuggled in the body of a TRACE: answered it would be a second answer to one request. */
    private static final String SMUGGLED = "GET /api/rooms HTTP/1.1\r\nHost: localhost\r\n\r\n";

    @Test
    void traceIsRefusedAndWhatItCarriedIsNeverAnsweredAsARequest() throws IOException {
        for (String path : List.of("/", "/api/rooms", "/staff/today.xhtml", "/calendar/hub.ics")) {
            String sized = "TRACE " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + SMUGGLED.length()
                    + "\r\n\r\n" + SMUGGLED;
            String chunked = "TRACE " + path + " HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(SMUGGLED.length()) + "\r\n" + SMUGGLED + "\r\n0\r\n\r\n";
            for (String request : List.of(sized, chunked)) {
                String answered = rawExchange(request);
                assertThat(answers(answered)).as(path + ": " + answered).containsExactly(405);
                assertThat(answered).doesNotContain("\"slug\"", "Host: localhost");
            }
        }
    }

    @Test
    void publicPagesMakeNoSessionAndStillWork() {
        for (int i = 0; i < 10; i++) {
            for (String page : List.of(
                    "/",
                    "/index.xhtml",
                    "/spaces.xhtml",
                    "/login.xhtml",
                    "/forgot-password.xhtml",
                    "/no-such-page.xhtml")) {
                HttpResponse<String> answer = HUB.get(page);
                assertThat(answer.statusCode()).as(page).isIn(200, 404);
                assertThat(answer.headers().allValues("Set-Cookie"))
                        .as(page)
                        .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
            }
        }
        try (Browser visitor = new Browser(HUB)) {
            visitor.open("/login.xhtml")
                    .type("username", "foodbank")
                    .type("password", "not the password")
                    .submit("signIn");
            assertThat(visitor.pageText()).contains("did not match an account");
            assertThat(visitor.cookie("JSESSIONID"))
                    .as("a failed sign-in makes no session")
                    .isNull();
            visitor.open("/forgot-password.xhtml")
                    .type("usernameOrEmail", RoomsApiChecks.unique("nobody"))
                    .submit("sendLink");
            assertThat(visitor.pageText()).contains("we have sent a link");
            visitor.signIn("foodbank");
            assertThat(visitor.heading()).isEqualTo("Fleetwood Food Bank");
            Cookie session = visitor.cookie("JSESSIONID");
            assertThat(session).as("signing in makes a session").isNotNull();
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");
        }
    }

    @Test
    void theApiTakesNoChangeOnAPagesSessionCookie() {
        try (Browser tenant = new Browser(HUB)) {
            String session = tenant.signIn("foodbank").sessionCookie();
            assertThat(HUB.getSignedIn("/api/me", session).statusCode())
                    .as("reading, as the pages' CSV links do")
                    .isEqualTo(200);

            HttpResponse<String> changed = HUB.sendSignedIn("POST", "/api/me/feeds/1/rotate", "", session);
            assertProblemJson(changed, 401);
        }
    }

    @Test
    void pagesCarryAContentSecurityPolicyThatBreaksNothing() {
        HttpResponse<String> page = HUB.get("/");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "form-action 'self'");
        try (Browser staff = new Browser(HUB)) {
            staff.open("/").open("/spaces.xhtml").signIn("staff");
            for (String path : List.of(
                    "/staff/today.xhtml",
                    "/staff/planner.xhtml",
                    "/staff/rota.xhtml",
                    "/bookings/new.xhtml",
                    "/admin/closures.xhtml",
                    "/staff/approvals.xhtml")) {
                staff.open(path);
                assertThat(staff.pageText()).as(path).doesNotContain("Something went wrong");
            }
            assertThat(staff.contentSecurityViolations()).isEmpty();
        }
    }

    @Test
    void whatASignedInCallerIsAnsweredIsNeverStored() {
        assertThat(HUB.get("/api/me", "staff", HubClient.DEMO_PASSWORD)
                        .headers()
                        .firstValue("Cache-Control"))
                .contains("no-store");
        assertThat(HUB.get("/api/rooms").headers().firstValue("Cache-Control"))
                .isNotEqualTo(java.util.Optional.of("no-store"));
        try (Browser tenant = new Browser(HUB)) {
            String session = tenant.signIn("foodbank").sessionCookie();
            assertThat(HUB.getSignedIn("/tenant/index.xhtml", session).headers().firstValue("Cache-Control"))
                    .contains("no-store");
        }
    }

    @Test
    void everyErrorUnderTheApiIsProblemDetailsNeverTheServersOwnPage() {
        assertProblem(HUB.get("/api/bookings/not-a-number", "staff", HubClient.DEMO_PASSWORD), 404);
        assertProblem(HUB.get("/api/no-such-thing", "staff", HubClient.DEMO_PASSWORD), 404);
        assertProblem(HUB.delete("/api/bookings/1/occurrences/not-a-date", "staff"), 400);
        assertProblem(HUB.sendAs("DELETE", "/api/rooms", "", "application/json", "admin"), 405);
        assertProblem(HUB.sendAs("POST", "/api/bookings", "{}", "text/plain", "staff"), 415);
        HttpResponse<String> picture = HUB.get("/api/rooms", "staff", HubClient.DEMO_PASSWORD, "image/png");
        assertProblem(picture, 406);
        assertThat(HubClient.object(picture).getString("title")).isEqualTo("Not acceptable");
        HttpResponse<String> unknownType = HUB.sendAs("POST", "/api/bookings", "{}", "no type at all", "staff");
        assertThat(unknownType.statusCode()).isBetween(400, 499);
        assertProblem(unknownType, unknownType.statusCode());
        assertThat(unknownType.body()).doesNotContain("Payara", "<html");
    }

    @Test
    void optionsUnderTheApiSaysWhatTheAddressAllowsAndNamesNoServer() {
        HttpResponse<String> options = HUB.sendWith("OPTIONS", "/api/rooms", null, null);

        assertThat(options.statusCode()).as(options.body()).isBetween(200, 204);
        assertThat(options.headers().firstValue("Allow")).get().asString().contains("GET", "POST");
        assertThat(options.body()).doesNotContainIgnoringCase("jersey");
    }

    @Test
    void aPageAnswersOnlyTheMethodsAPageHas() {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> answer = HUB.sendWith(method, "/index.xhtml", null, null);

            assertThat(answer.statusCode()).as(method).isEqualTo(405);
            assertThat(answer.headers().firstValue("Allow")).get().asString().contains("GET", "POST");
            assertThat(answer.body())
                    .contains("That cannot be done to this page")
                    .doesNotContain("Payara", "<title>What's on at the hub");
        }
        HttpResponse<String> options = HUB.sendWith("OPTIONS", "/login.xhtml", null, null);
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.headers().firstValue("Allow")).get().asString().contains("GET", "POST");
        assertThat(options.body()).isEmpty();
        assertThat(HUB.get("/index.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void aFormPostedWithAViewTheHubNeverMadeGetsTheExpiredPageNotAnError() {
        String forged = "username=foodbank&password=x&signIn=Sign+in&login=login&jakarta.faces.ViewState="
                + URLEncoder.encode("-4242:forged", StandardCharsets.UTF_8);
        HttpResponse<String> answer = HUB.sendForm("/login.xhtml", forged);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(answer.body())
                .contains("This page timed out")
                .doesNotContain("at jakarta.", "at com.sun.", ".java:");
    }

    /** Sends the bytes on a connection of its own and reads until the hub closes it (or has been quiet for five seconds). */
    private static String rawExchange(String request) throws IOException {
        URI hub = HUB.uri("/");
        try (Socket socket = new Socket(hub.getHost(), hub.getPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    read.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException stillOpen) {
                // what came before the quiet is all there is
            }
            return read.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** The status of every answer on the connection. */
    private static List<Integer> answers(String exchange) {
        Matcher status = Pattern.compile("(?m)^HTTP/1\\.1 (\\d{3})").matcher(exchange);
        return status.results().map(found -> Integer.parseInt(found.group(1))).toList();
    }
}

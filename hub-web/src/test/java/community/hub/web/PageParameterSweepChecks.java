package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page that reads its address (an {@code f:viewParam}), as the WAR holds them, so a page added later is swept
 * too: each parameter sent values of the wrong kind (no number, a day that does not exist, a week or a month no hub
 * speaks of), by each kind of account. A page may say "not found", "could not understand" or show itself with a
 * message, but never fail with "Something went wrong".
 */
abstract class PageParameterSweepChecks {

    private static final Pattern VIEW_PARAMETER = Pattern.compile("<f:viewParam name=\"([^\"]+)\"");
    private static final List<String> WRONG =
            List.of("abc", "-1", "99999999999999999999", "2026-02-30", "9999-W01", "9999-12", "9999-12-31");

    /** Each kind of account, and a page only it may open, to show the sign-in held. */
    private static final Map<String, String> ACCOUNTS = Map.of(
            "admin", "/admin/settings.xhtml",
            "foodbank", "/tenant/index.xhtml",
            "sam", "/volunteer/shifts.xhtml");

    @Test
    void noPageFailsOnAnAddressWithValuesOfTheWrongKind() throws Exception {
        Map<String, List<String>> pages = pagesWithParameters();
        assertThat(pages).as("pages that read their address").hasSizeGreaterThan(20);
        List<String> failed = new ArrayList<>();
        for (Map.Entry<String, String> account : ACCOUNTS.entrySet()) {
            HttpClient signedIn = signedIn(account.getKey());
            assertThat(get(signedIn, account.getValue()).statusCode())
                    .as(account.getKey())
                    .isEqualTo(200);
            pages.forEach((page, parameters) -> {
                for (String parameter : parameters) {
                    for (String value : WRONG) {
                        String address = page + "?" + parameter + "=" + value;
                        HttpResponse<String> answer = get(signedIn, address);
                        if (answer.statusCode() >= 500 || answer.body().contains("Something went wrong")) {
                            failed.add(account.getKey() + " " + address + ": " + answer.statusCode());
                        }
                    }
                }
            });
        }
        assertThat(failed).isEmpty();
    }

    private static Map<String, List<String>> pagesWithParameters() throws IOException {
        Path webapp = Path.of(System.getProperty("hub.webapp", "target/hub-web"));
        Map<String, List<String>> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher parameter = VIEW_PARAMETER.matcher(Files.readString(file));
                List<String> names = new ArrayList<>();
                while (parameter.find()) {
                    names.add(parameter.group(1));
                }
                if (!names.isEmpty()) {
                    pages.put("/" + webapp.relativize(file).toString().replace('\\', '/'), names);
                }
            }
        }
        return pages;
    }

    /** A client holding a page session of the account, signed in on the sign-in page as a browser would. */
    private static HttpClient signedIn(String username) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        SignInForm.post(client, HUB.uri("/login.xhtml"), username);
        return client;
    }

    private static HttpResponse<String> get(HttpClient client, String address) {
        try {
            return client.send(
                    HttpRequest.newBuilder(HUB.uri(address))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(address, e);
        }
    }
}

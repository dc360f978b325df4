package community.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sign-in page's form posted as a browser posts it, with the view state the page gave. */
final class SignInForm {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private SignInForm() {}

    /**
     * Reads the sign-in page at {@code login}, then posts its form as that demo account, both with the headers given;
     * the account must then be signed in.
     */
    static HttpResponse<String> post(HttpClient client, URI login, String username, String... headers)
            throws Exception {
        HttpResponse<String> page = client.send(request(login, headers).build(), BodyHandlers.ofString());
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(viewState.find()).as(page.body()).isTrue();
        String form = "login=login&next=&username=" + username + "&password=" + HubClient.DEMO_PASSWORD
                + "&signIn=signIn&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(
                request(login, headers)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                BodyHandlers.ofString());
        assertThat(signedIn.statusCode())
                .as("%s signed in: the sign-in page sends them on to their own page", username)
                .isEqualTo(302);
        return signedIn;
    }

    private static HttpRequest.Builder request(URI uri, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        return headers.length == 0 ? request : request.headers(headers);
    }
}

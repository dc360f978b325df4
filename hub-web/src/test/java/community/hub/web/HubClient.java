package community.hub.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** An API client for the tests: plain HTTP to the running hub, as any other client would call it. */
final class HubClient {

    static final String DEMO_PASSWORD = "hub-demo";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    private HubClient(URI base) {
        this.base = base;
    }

    /** The hub the test server runs, on the port Maven reserved for it. */
    static HubClient local() {
        return at(Integer.parseInt(System.getProperty("hub.it.port", "8080")));
    }

    /** A hub on this machine, on that port. */
    static HubClient at(int port) {
        return new HubClient(URI.create("http://localhost:" + port + "/"));
    }

    URI uri(String path) {
        return path.startsWith("http")
                ? URI.create(path)
                : base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> get(String path, String username, String password) {
        return send(request(path).GET().header("Authorization", basic(username, password)));
    }

    /** A GET through the hub's reverse proxy, which says the client's address in X-Forwarded-For (the test hub trusts it). */
    HttpResponse<String> getFrom(String path, String username, String password, String clientAddress) {
        return send(request(path)
                .GET()
                .header("Authorization", basic(username, password))
                .header("X-Forwarded-For", clientAddress));
    }

    /** A GET asking for another media type than JSON, such as text/csv. */
    HttpResponse<String> get(String path, String username, String password, String accept) {
        return send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .GET()
                .header("Authorization", basic(username, password)));
    }

    /** A GET as a person signed in on the pages, with their session cookie (e.g. from {@link Browser#sessionCookie()}). */
    HttpResponse<String> getSignedIn(String path, String sessionCookie) {
        return send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", sessionCookie)
                .GET());
    }

    HttpResponse<String> post(String path, String json, String username) {
        return send(request(path)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(username, DEMO_PASSWORD)));
    }

    HttpResponse<String> put(String path, String json, String username) {
        return send(request(path)
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(username, DEMO_PASSWORD)));
    }

    HttpResponse<String> delete(String path, String username) {
        return send(request(path).DELETE().header("Authorization", basic(username, DEMO_PASSWORD)));
    }

    /** A request as a person signed in on the pages, with their session cookie and a JSON body. */
    HttpResponse<String> sendSignedIn(String method, String path, String json, String sessionCookie) {
        return send(request(path)
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Cookie", sessionCookie));
    }

    /** A request as this demo account with a body (none for null) of the given Content-Type (or none, for an empty type). */
    HttpResponse<String> sendAs(String method, String path, String body, String contentType, String username) {
        HttpRequest.BodyPublisher sent = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        HttpRequest.Builder request =
                request(path).method(method, sent).header("Authorization", basic(username, DEMO_PASSWORD));
        return send(contentType.isEmpty() ? request : request.header("Content-Type", contentType));
    }

    /** A page's form posted as a browser would, with no session. */
    HttpResponse<String> sendForm(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A request with a JSON body and no account, as a resident's browser or a stranger would send it. */
    HttpResponse<String> send(String method, String path, String json) {
        return send(request(path)
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    /** A request with a JSON body as this account, with this password (for accounts without the demo password). */
    HttpResponse<String> send(String method, String path, String json, String username, String password) {
        return send(request(path)
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(username, password)));
    }

    /**
     * A request to a path or a whole address with these headers (name, value, …): a JSON body (none for null), as this
     * demo account (none for null). Nothing else is sent, not even Accept.
     */
    HttpResponse<String> sendWith(String method, String path, String json, String username, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (username != null) {
            request.header("Authorization", basic(username, DEMO_PASSWORD));
        }
        return send(headers.length == 0 ? request : request.headers(headers));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static JsonObject object(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static JsonArray array(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}

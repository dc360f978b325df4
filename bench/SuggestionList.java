import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public list of residents' ideas with many ideas and supports, for a RUNNING hub (not a test; Maven never runs
 * it). Run with the JDK's source launcher from the repository root:
 *
 * <pre>java bench/SuggestionList.java --base http://127.0.0.1:18080 [--ideas 2000] [--supports 50000] [--requests 500]</pre>
 *
 * As staff over HTTP Basic it records the ideas (as given in person), publishes them, answers a fifth of them and
 * counts the supports one in-person support at a time (each a row of its own), spread unevenly over the ideas; then,
 * with no account, it asks for the public list in each order many times in a row and reports the median, p95 and p99.
 * Start the hub with -Dhub.suggestions.perNetworkAddressPerHour=1000000 (the filling comes from one address). It only
 * ever talks to this machine (127.0.0.1 / localhost). See bench/README.md.
 */
public class SuggestionList {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final String[] AUDIENCES = {"everyone", "families", "children 8-11", "young people 11-18", "adults",
            "adults looking for work", "over-55s"};
    private static final String[] ANSWERS = {"considering", "planned", "happening", "not_possible"};

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8080"));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("Only a hub on this machine: " + base);
        }
        int ideas = Integer.parseInt(options.getOrDefault("ideas", "2000"));
        int supports = Integer.parseInt(options.getOrDefault("supports", "50000"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "500"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        String staff = "Basic " + Base64.getEncoder().encodeToString((options.getOrDefault("user", "staff") + ":"
                + options.getOrDefault("password", "hub-demo")).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);

        long started = System.nanoTime();
        List<Future<Long>> made = new ArrayList<>();
        for (int i = 0; i < ideas; i++) {
            int n = i;
            made.add(pool.submit(() -> {
                String body = "{\"title\": \"Idea " + n + ": " + "a weekly activity for the town".substring(0, 10 + n % 20)
                        + "\", \"description\": \"" + "Something residents asked for at the hub, with a few more words. ".repeat(1 + n % 4)
                        + "\", \"audience\": [\"" + AUDIENCES[n % AUDIENCES.length] + "\"], \"whenSuits\": \"Weekday evenings\", \"backedBy\": 0}";
                String answer = send(http, post(base, "/api/suggestions", body, staff), 201);
                long id = Long.parseLong(first(ID, answer));
                send(http, post(base, "/api/suggestions/" + id + "/publish", "", staff), 200);
                if (n % 5 == 0) {
                    send(http, post(base, "/api/suggestions/" + id + "/answer", "{\"status\": \"" + ANSWERS[n / 5 % ANSWERS.length]
                            + "\", \"answer\": \"Thank you: we are on it.\"}", staff), 200);
                }
                return id;
            }));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> id : made) {
            ids.add(id.get());
        }
        System.out.printf("%d ideas recorded and published in %.1f s%n", ids.size(), (System.nanoTime() - started) / 1e9);

        started = System.nanoTime();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> counted = new ArrayList<>();
        for (int i = 0; i < supports; i++) {
            // Uneven, as support is: low ids get most of it.
            long id = ids.get((int) Math.min(ids.size() - 1, Math.floor(Math.pow(Math.random(), 3) * ids.size())));
            counted.add(pool.submit(() -> {
                HttpResponse<String> answer = http.send(post(base, "/api/suggestions/" + id + "/supports", "{\"people\": 1}", staff),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    refused.incrementAndGet(); // happening and not possible ideas take no more supports
                }
                return null;
            }));
        }
        for (Future<?> done : counted) {
            done.get();
        }
        pool.shutdown();
        System.out.printf("%d in-person supports sent (%d refused: closed ideas) in %.1f s%n", supports, refused.get(),
                (System.nanoTime() - started) / 1e9);

        for (String query : new String[] {"", "?sort=newest", "?sort=status", "?status=planned"}) {
            measure(http, base, "/api/suggestions" + query, requests);
        }
        measure(http, base, "/ideas/index.xhtml", requests / 5);
    }

    private static void measure(HttpClient http, URI base, String path, int requests) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET().build();
        int bytes = 0;
        for (int i = 0; i < Math.max(20, requests / 5); i++) {
            bytes = send(http, request, 200).length();
        }
        long[] times = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            send(http, request, 200);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("GET %-28s %,9d bytes  median %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d requests)%n", path, bytes,
                times[requests / 2] / 1e6, times[requests * 95 / 100] / 1e6, times[requests * 99 / 100] / 1e6, requests);
    }

    private static HttpRequest post(URI base, String path, String body, String authorization) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String send(HttpClient http, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static String first(Pattern pattern, String text) {
        Matcher found = pattern.matcher(text);
        if (!found.find()) {
            throw new IllegalStateException("No id in " + text);
        }
        return found.group(1);
    }
}

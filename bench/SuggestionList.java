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
import java.util.Random;
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
 * First it shares the supports out unevenly over the ideas (as support is: the first ideas get most of it; the same
 * shares every run). Then, as staff over HTTP Basic, it records each idea as given in person with how many backed it
 * there (up to 500, the most one count may say), counts the rest of its supports in person 500 at a time, publishes it
 * and answers a fifth of the ideas: a few thousand requests in all, not one a support. Then, with no account, it asks
 * for the public list in each order many times in a row and reports the median, p95 and p99.
 * Start the hub with -Dhub.suggestions.perNetworkAddressPerHour=1000000 (the filling comes from one address). It only
 * ever talks to this machine (127.0.0.1 / localhost). See bench/README.md.
 */
public class SuggestionList {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final String[] AUDIENCES = {"everyone", "families", "children 8-11", "young people 11-18", "adults",
            "adults looking for work", "over-55s"};
    private static final String[] ANSWERS = {"considering", "planned", "happening", "not_possible"};
    /** The most people one in-person count may say (the hub's SuggestionRules.MOST_IN_PERSON). */
    private static final int MOST_AT_ONCE = 500;

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

        int[] backing = new int[ideas];
        Random random = new Random(21);
        for (int i = 0; i < supports; i++) {
            backing[(int) Math.min(ideas - 1, Math.floor(Math.pow(random.nextDouble(), 3) * ideas))]++;
        }
        long started = System.nanoTime();
        AtomicInteger requestsSent = new AtomicInteger();
        List<Future<Long>> made = new ArrayList<>();
        for (int i = 0; i < ideas; i++) {
            int n = i;
            made.add(pool.submit(() -> {
                int atFirst = Math.min(backing[n], MOST_AT_ONCE);
                String body = "{\"title\": \"Idea " + n + ": " + "a weekly activity for the town".substring(0, 10 + n % 20)
                        + "\", \"description\": \"" + "Something residents asked for at the hub, with a few more words. ".repeat(1 + n % 4)
                        + "\", \"audience\": [\"" + AUDIENCES[n % AUDIENCES.length] + "\"], \"whenSuits\": \"Weekday evenings\", \"backedBy\": "
                        + atFirst + "}";
                long id = Long.parseLong(first(ID, send(http, post(base, "/api/suggestions", body, staff), 201)));
                requestsSent.incrementAndGet();
                for (int left = backing[n] - atFirst; left > 0; left -= MOST_AT_ONCE) {
                    // counted before the answer: a happening or not possible idea takes no more supports
                    send(http, post(base, "/api/suggestions/" + id + "/supports",
                            "{\"people\": " + Math.min(left, MOST_AT_ONCE) + "}", staff), 200);
                    requestsSent.incrementAndGet();
                }
                send(http, post(base, "/api/suggestions/" + id + "/publish", "", staff), 200);
                requestsSent.incrementAndGet();
                if (n % 5 == 0) {
                    send(http, post(base, "/api/suggestions/" + id + "/answer", "{\"status\": \"" + ANSWERS[n / 5 % ANSWERS.length]
                            + "\", \"answer\": \"Thank you: we are on it.\"}", staff), 200);
                    requestsSent.incrementAndGet();
                }
                return id;
            }));
        }
        for (Future<Long> id : made) {
            id.get();
        }
        pool.shutdown();
        System.out.printf("%d ideas with %d supports recorded, published and a fifth answered in %.1f s (%d requests)%n",
                ideas, supports, (System.nanoTime() - started) / 1e9, requestsSent.get());

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

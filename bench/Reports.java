import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The staff reports and the impact report over a year of a busy hub, for a RUNNING hub (not a test; Maven never runs
 * it). Run with the JDK's source launcher from the repository root, after {@code bench/YearOfBookings.java} loaded the
 * year and the hub was started again with its clock a year on ({@code -Dhub.clock.daysAhead=380}, see bench/README.md,
 * [10]), so that year is history:
 *
 * <pre>java bench/Reports.java --base http://127.0.0.1:18080 --days-ahead 380 [--days 380] [--requests 21] [--pdfs 11]</pre>
 *
 * As staff over HTTP Basic it first records attendance for every session that took place and has none (the hub's
 * "not recorded" list, 2,000 at a time, each recorded with one PUT, 4 at once): a plausible count, some new people
 * and the audience band. Then it asks for each report over the last {@code --days} days up to the hub's yesterday
 * ({@code --days-ahead} says how far the hub's clock runs ahead): utilisation, activity and impact as JSON,
 * {@code --requests} times each after a few to warm up, and the impact PDF {@code --pdfs} times; and prints the median, p95 and slowest of each. Nothing is cached by
 * the hub, so each answer is worked out afresh. It only ever talks to this machine (127.0.0.1 / localhost).
 */
public class Reports {

    private static final Pattern BOOKING = Pattern.compile("^(\\d+)");
    private static final Pattern DATE = Pattern.compile("\"date\"\\s*:\\s*\"([0-9-]+)\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8080"));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("Only a hub on this machine: " + base);
        }
        int days = Integer.parseInt(options.getOrDefault("days", "380"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "21"));
        int pdfs = Integer.parseInt(options.getOrDefault("pdfs", "11"));
        String staff = "Basic " + Base64.getEncoder().encodeToString((options.getOrDefault("user", "staff") + ":"
                + options.getOrDefault("password", "hub-demo")).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        // the hub's today: its clock runs --days-ahead days ahead of this machine's (hub.clock.daysAhead)
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"))
                .plusDays(Long.parseLong(options.getOrDefault("days-ahead", "0")));
        LocalDate from = today.minusDays(days);
        LocalDate to = today.minusDays(1);
        System.out.printf("the hub's today: %s; reports from %s to %s%n", today, from, to);

        recordAttendance(http, base, staff, from);

        String period = "?from=" + from + "&to=" + to;
        for (String report : new String[] {"utilisation", "activity", "impact"}) {
            measure(http, get(base, "/api/reports/" + report + period, staff, "application/json"), requests);
        }
        measure(http, get(base, "/api/reports/impact" + period, staff, "application/pdf"), pdfs);
    }

    /** Records attendance for every session since {@code from} that took place with none recorded. */
    private static void recordAttendance(HttpClient http, URI base, String staff, LocalDate from) throws Exception {
        long started = System.nanoTime();
        Random random = new Random(22);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        int recorded = 0;
        while (true) {
            String list = send(http, get(base, "/api/attendance/not-recorded?from=" + from, staff, "application/json"), 200);
            List<Future<?>> puts = new ArrayList<>();
            String[] sessions = list.split("\"bookingId\":\\s*");
            for (int i = 1; i < sessions.length; i++) { // bookingId comes first in each session, its date after it
                Matcher booking = BOOKING.matcher(sessions[i]);
                Matcher date = DATE.matcher(sessions[i]);
                if (!booking.find() || !date.find()) {
                    throw new IllegalStateException("A session without its booking or date: " + sessions[i]);
                }
                String path = "/api/bookings/" + booking.group(1) + "/occurrences/" + date.group(1) + "/attendance";
                int count = 2 + random.nextInt(7); // at most twice the smallest room (the clinic rooms, for four)
                String body = "{\"count\": " + count + ", \"newCount\": " + random.nextInt(3)
                        + ", \"byAudience\": {\"families\": " + random.nextInt(count + 1) + "}}";
                puts.add(pool.submit(() -> send(http, HttpRequest.newBuilder(base.resolve(path))
                        .header("Authorization", staff).header("Content-Type", "application/json")
                        .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(), 200)));
            }
            if (puts.isEmpty()) {
                break;
            }
            for (Future<?> put : puts) {
                put.get();
            }
            recorded += puts.size();
        }
        pool.shutdown();
        System.out.printf("attendance recorded for %d sessions in %.1f s%n", recorded, (System.nanoTime() - started) / 1e9);
    }

    private static void measure(HttpClient http, HttpRequest request, int times) throws Exception {
        int bytes = 0;
        long first = System.nanoTime();
        http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        first = System.nanoTime() - first;
        for (int i = 0; i < Math.max(3, times / 4); i++) {
            bytes = sendBytes(http, request).length;
        }
        long[] took = new long[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            sendBytes(http, request);
            took[i] = System.nanoTime() - start;
        }
        Arrays.sort(took);
        System.out.printf("GET %-40s %-16s %,10d bytes  first %7.1f ms  median %7.1f ms  p95 %7.1f ms  slowest %7.1f ms  (%d)%n",
                request.uri().getPath(), request.headers().firstValue("Accept").orElse(""), bytes, first / 1e6,
                took[times / 2] / 1e6, took[Math.min(times - 1, (int) Math.ceil(times * 0.95) - 1)] / 1e6,
                took[times - 1] / 1e6, times);
    }

    private static HttpRequest get(URI base, String path, String authorization, String accept) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", authorization).header("Accept", accept)
                .GET().build();
    }

    private static String send(HttpClient http, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static byte[] sendBytes(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + request.uri() + " answered " + answer.statusCode());
        }
        return answer.body();
    }
}

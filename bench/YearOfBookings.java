import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads the benchmark data set (bench/README.md) into a running hub through its own HTTP API, as the anchors were loaded: nine rooms,
 * sixty weekly public series over a year and 2,000 public one-off bookings, so the hub feed has a year of them.
 * Run from the repository root against a hub on this machine (it refuses any other address):
 *
 * <pre>java bench/YearOfBookings.java --base http://127.0.0.1:18080</pre>
 *
 * Each run adds nine rooms of its own (named with a random suffix), so runs never clash with each other or with the
 * demo term. A date the hub is closed on (a bank holiday) is left out of a series, and a one-off that meets one
 * is moved to the next day. See bench/README.md.
 */
public class YearOfBookings {

    private static final int ROOMS = 9;
    private static final int SERIES = 60;
    private static final int ONE_OFFS = 2000;
    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA");
    private static final List<String> TYPES = List.of("class", "youth_work", "event", "meeting", "exhibition", "other");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8080"));
        if (!List.of("127.0.0.1", "localhost").contains(base.getHost())) {
            throw new IllegalArgumentException("Only a hub on this machine: " + base);
        }
        Api api = new Api(base, options.getOrDefault("admin", "admin"), options.getOrDefault("password", "hub-demo"));
        String run = UUID.randomUUID().toString().substring(0, 6);
        long[] rooms = new long[ROOMS];
        for (int r = 0; r < ROOMS; r++) {
            rooms[r] = api.create("/api/rooms", room("year-" + run + "-" + (r + 1), "Year room " + (r + 1) + " " + run));
        }
        LocalDate monday = LocalDate.now().plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        int series = 0;
        for (int s = 0; s < SERIES; s++) {
            int day = (s / ROOMS) % DAYS.size();
            LocalDateTime start = monday.plusDays(day).atTime(s < ROOMS * DAYS.size() ? 9 : 11, 0);
            String recurrence = "\"recurrence\": {\"frequency\": \"WEEKLY\", \"interval\": 1, \"byDay\": [\"%s\"], \"until\": \"%s\"}, \"onlyFreeDates\": true"
                    .formatted(DAYS.get(day), monday.plusYears(1));
            if (api.book(booking(rooms[s % ROOMS], "Weekly session " + (s + 1), TYPES.get(s % TYPES.size()), start, start.plusMinutes(90), recurrence))) {
                series++;
            }
        }
        int oneOffs = 0;
        for (int b = 0; b < ONE_OFFS; b++) {
            LocalDate date = monday.plusDays((b / ROOMS) * 365L / (ONE_OFFS / ROOMS + 1));
            int hour = 14 + 2 * ((b / ROOMS) % 3);
            for (int tries = 0; tries < 7; tries++, date = date.plusDays(1)) {
                LocalDateTime start = date.atTime(hour, 0);
                if (api.book(booking(rooms[b % ROOMS], "Drop-in " + (b + 1), TYPES.get(b % TYPES.size()), start, start.plusHours(1), ""))) {
                    oneOffs++;
                    break;
                }
            }
        }
        System.out.printf("added %d rooms, %d weekly series and %d one-off bookings (run %s)%n", ROOMS, series, oneOffs, run);
    }

    private static String room(String slug, String name) {
        StringBuilder hours = new StringBuilder();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            hours.append(hours.isEmpty() ? "" : ", ").append("{\"day\": \"" + day + "\", \"opens\": \"08:00\", \"closes\": \"21:00\"}");
        }
        return """
                {"slug": "%s", "name": "%s", "capacity": 30, "floor": "Ground floor", "features": ["step_free_access"],
                 "openingHours": [%s], "turnaroundMinutes": 15, "minimumBookingMinutes": 30, "maximumBookingMinutes": 480,
                 "standardHourlyRate": 20.00, "communityHourlyRate": 10.00, "bookableByTenants": true}
                """.formatted(slug, name, hours);
    }

    private static String booking(long room, String title, String type, LocalDateTime start, LocalDateTime end, String more) {
        return """
                {"roomId": %d, "title": "%s", "type": "%s", "visibility": "public", "expectedAttendance": 12,
                 "description": "A session for everyone: come along, no need to book.", "audience": ["families"],
                 "start": "%s", "end": "%s"%s}
                """.formatted(room, title, type, start, end, more.isEmpty() ? "" : ", " + more);
    }

    /** The hub's API as the hub manager. */
    private record Api(URI base, String authorization, HttpClient http) {

        Api(URI base, String username, String password) {
            this(base, "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)),
                    HttpClient.newHttpClient());
        }

        long create(String path, String json) throws Exception {
            HttpResponse<String> response = post(path, json);
            if (response.statusCode() != 201) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            String location = response.headers().firstValue("Location").orElseThrow();
            return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        }

        /** Books it, or says it could not (a clash or a closure): anything else stops the run. */
        boolean book(String json) throws Exception {
            HttpResponse<String> response = post("/api/bookings", json);
            if (response.statusCode() == 201) {
                return true;
            }
            if (response.statusCode() == 409) {
                return false;
            }
            throw new IllegalStateException("booking answered " + response.statusCode() + ": " + response.body());
        }

        private HttpResponse<String> post(String path, String json) throws Exception {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", authorization)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}

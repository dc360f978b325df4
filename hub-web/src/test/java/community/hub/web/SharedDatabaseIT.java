package community.hub.web;

import static community.hub.web.Race.count;
import static community.hub.web.Race.race;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hub scaled out as SPEC §7 describes it: two instances, each its own Payara Micro process, sharing one PostgreSQL
 * database ({@code HUB_DB_URL}) and one feed key. Invariant 1 must hold across them, so requests racing for one slot
 * are spread over both instances: the room lock is a row lock in the shared database, never in an instance's memory.
 */
class SharedDatabaseIT {

    private static final Path DIRECTORY = Path.of(System.getProperty("it.dir"), "shared-" + System.currentTimeMillis());

    private static LocalPostgres database;
    private static HubInstance first;
    private static HubInstance second;
    private static List<HubClient> hubs;

    @BeforeAll
    static void twoHubsOnOneDatabase() throws Exception {
        database = LocalPostgres.start(Integer.getInteger("hub.it.postgresPort"));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String feedKey = Base64.getEncoder().encodeToString(key);
        Map<String, String> shared =
                Map.of("HUB_DB_URL", database.url(), "HUB_DB_USER", LocalPostgres.USER, "HUB_FEED_KEY", feedKey);
        // both start at once, as a cluster would; the schema migrations queue on the database's own lock
        first = HubInstance.start(DIRECTORY.resolve("first"), Integer.getInteger("hub.it.firstPort"), shared);
        second = HubInstance.start(
                DIRECTORY.resolve("second"),
                Integer.getInteger("hub.it.secondPort"),
                with(shared, "HUB_DEMO_DATA", "false"));
        first.ready(Duration.ofMinutes(4));
        second.ready(Duration.ofMinutes(4));
        hubs = List.of(HubClient.at(first.port()), HubClient.at(second.port()));
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable running : new AutoCloseable[] {first, second, database}) {
            if (running != null) {
                running.close();
            }
        }
    }

    private static Map<String, String> with(Map<String, String> settings, String name, String value) {
        Map<String, String> more = new HashMap<>(settings);
        more.put(name, value);
        return more;
    }

    private static LocalDate week(int n, DayOfWeek day) {
        return TestDates.inLane(TestDates.Lane.BOOKINGS, n, day, 1);
    }

    private static long roomId(HubClient hub, String slug) {
        return HubClient.array(hub.get("/api/rooms")).getValuesAs(JsonObject.class).stream()
                .filter(room -> room.getString("slug").equals(slug))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static List<JsonObject> bookingsOn(HubClient hub, long roomId, LocalDate from, LocalDate to) {
        return HubClient.array(hub.get(
                        "/api/bookings?roomId=" + roomId + "&from=" + from + "&to=" + to,
                        "staff",
                        HubClient.DEMO_PASSWORD))
                .getValuesAs(JsonObject.class);
    }

    @Test
    void thirtyTwoRequestsForOneSlotOverTwoInstancesBookItExactlyOnce() throws Exception {
        long room = roomId(hubs.get(0), "meeting-room");
        LocalDate day = week(1, DayOfWeek.TUESDAY);
        String body = BookingsApiChecks.booking(
                room,
                "Race over two instances",
                BookingsApiChecks.at(day, "19:00"),
                BookingsApiChecks.at(day, "20:00"),
                "");
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            HubClient hub = hubs.get(i % 2);
            requests.add(() -> hub.post("/api/bookings", body, "staff"));
        }

        List<HttpResponse<String>> responses = race(requests);

        assertThat(count(responses, 201)).isEqualTo(1);
        assertThat(count(responses, 409)).isEqualTo(31);
        for (HubClient hub : hubs) {
            assertThat(bookingsOn(hub, room, day, day.plusDays(1)))
                    .as("the same one booking, seen from each instance")
                    .hasSize(1);
        }
    }

    @Test
    void twoOverlappingSeriesRacingOnTwoInstancesNeverBothHoldTheRoom() throws Exception {
        long room = roomId(hubs.get(1), "training-suite");
        LocalDate first = TestDates.inLane(TestDates.Lane.BOOKINGS, 2, DayOfWeek.WEDNESDAY, 6);
        String weekly = BookingsApiChecks.booking(
                room,
                "Weekly evening course",
                BookingsApiChecks.at(first, "18:00"),
                BookingsApiChecks.at(first, "20:00"),
                "\"recurrence\": {\"frequency\": \"WEEKLY\", \"interval\": 1, \"byDay\": [\"WE\"], \"count\": 6}");
        String fortnightly = BookingsApiChecks.booking(
                room,
                "Fortnightly evening club",
                BookingsApiChecks.at(first, "19:00"),
                BookingsApiChecks.at(first, "20:30"),
                "\"recurrence\": {\"frequency\": \"WEEKLY\", \"interval\": 2, \"byDay\": [\"WE\"], \"count\": 3}");
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            // each series from both instances, so the two that clash meet on different instances as often as not
            HubClient hub = hubs.get(i / 2 % 2);
            String body = i % 2 == 0 ? weekly : fortnightly;
            requests.add(() -> hub.post("/api/bookings", body, "staff"));
        }

        List<HttpResponse<String>> responses = race(requests);

        assertThat(count(responses, 201)).isEqualTo(1);
        assertThat(count(responses, 409)).isEqualTo(15);
        assertThat(bookingsOn(hubs.get(0), room, first, first.plusWeeks(7))).hasSize(1);
    }

    /** Each instance asks the database what changed at most a second before it sends a cached feed. */
    @Test
    void aBookingMadeOnOneInstanceIsInTheOtherInstancesRoomFeedASecondLater() throws InterruptedException {
        long room = roomId(hubs.get(0), "art-studio");
        LocalDate day = week(3, DayOfWeek.WEDNESDAY);
        String before = hubs.get(1).get("/calendar/rooms/art-studio.ics").body();

        HttpResponse<String> made = hubs.get(0)
                .post(
                        "/api/bookings",
                        BookingsApiChecks.booking(
                                room,
                                "Made on the first instance",
                                BookingsApiChecks.at(day, "10:00"),
                                BookingsApiChecks.at(day, "11:00"),
                                ""),
                        "staff");

        assertThat(made.statusCode()).isEqualTo(201);
        long id = HubClient.object(made).getJsonNumber("id").longValue();
        Thread.sleep(1_100);
        String after = hubs.get(1).get("/calendar/rooms/art-studio.ics").body();
        assertThat(before).doesNotContain("booking-" + id + "@");
        assertThat(after).contains("booking-" + id + "@");
    }
}

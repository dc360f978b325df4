package community.hub.web;

import static community.hub.web.BookingsApiChecks.at;
import static community.hub.web.BookingsApiChecks.roomId;
import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Calendar feeds through the running hub: HTTP caching, private tokens, what each feed may tell, an independent reader. */
abstract class FeedChecks {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<byte[]> fetch(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(HUB.uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theHubFeedIsACalendarWithValidatorsAndAnswersConditionalRequestsWith304() throws Exception {
        HttpResponse<byte[]> feed = fetch("/calendar/hub.ics");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).get().isEqualTo("text/calendar; charset=utf-8");
        assertThat(feed.headers().firstValue("Cache-Control")).get().asString().contains("max-age");
        assertThat(feed.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(text(feed)).startsWith("BEGIN:VCALENDAR\r\n").contains("METHOD:PUBLISH", "Youth club", "Food bank");
        String etag = feed.headers().firstValue("ETag").orElseThrow();
        String lastModified = feed.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(fetch("/calendar/hub.ics", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        assertThat(fetch("/calendar/hub.ics", "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);
        HttpResponse<byte[]> zipped = fetch("/calendar/hub.ics", "Accept-Encoding", "gzip");
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes())
                .isEqualTo(feed.body());
        assertThat(fetch("/calendar/hub.ics?type=food_bank").statusCode()).isEqualTo(200);
        assertThat(text(fetch("/calendar/hub.ics?type=food_bank")))
                .contains("Food bank")
                .doesNotContain("Youth club");
        assertThat(fetch("/calendar/hub.ics?type=jacuzzi").statusCode()).isEqualTo(400);
    }

    @Test
    void theGzippedFeedHasAnETagOfItsOwnAndAConditionalRequestIsAnsweredForTheCodingItWouldGet() throws Exception {
        HttpResponse<byte[]> plain = fetch("/calendar/hub.ics");
        HttpResponse<byte[]> zipped = fetch("/calendar/hub.ics", "Accept-Encoding", "gzip");
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();
        String gzipTag = zipped.headers().firstValue("ETag").orElseThrow();

        assertThat(plainTag).matches("\"[0-9a-f]{32}\"");
        assertThat(gzipTag)
                .as("a strong ETag differs per content-coding")
                .isEqualTo(plainTag.replaceAll("\"$", "-gzip\""));
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(List.of(plain, zipped))
                .allSatisfy(response -> assertThat(vary(response)).contains("accept-encoding"));

        HttpResponse<byte[]> zippedAgain =
                fetch("/calendar/hub.ics", "Accept-Encoding", "gzip", "If-None-Match", gzipTag);
        assertThat(zippedAgain.statusCode()).isEqualTo(304);
        assertThat(zippedAgain.headers().firstValue("ETag")).contains(gzipTag);
        assertThat(vary(zippedAgain)).contains("accept-encoding");
        HttpResponse<byte[]> plainAgain = fetch("/calendar/hub.ics", "If-None-Match", plainTag);
        assertThat(plainAgain.statusCode()).isEqualTo(304);
        assertThat(plainAgain.headers().firstValue("ETag")).contains(plainTag);
        assertThat(vary(plainAgain)).contains("accept-encoding");

        HttpResponse<byte[]> nowZipped =
                fetch("/calendar/hub.ics", "Accept-Encoding", "gzip", "If-None-Match", plainTag);
        assertThat(nowZipped.statusCode())
                .as("the plain body's tag does not match the gzipped body")
                .isEqualTo(200);
        assertThat(nowZipped.headers().firstValue("ETag")).contains(gzipTag);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(nowZipped.body())).readAllBytes())
                .isEqualTo(plain.body());
        HttpResponse<byte[]> nowPlain = fetch("/calendar/hub.ics", "If-None-Match", gzipTag);
        assertThat(nowPlain.statusCode())
                .as("the gzipped body's tag does not match the plain body")
                .isEqualTo(200);
        assertThat(nowPlain.headers().firstValue("ETag")).contains(plainTag);
        assertThat(nowPlain.body()).isEqualTo(plain.body());
    }

    private static String vary(HttpResponse<?> response) {
        return String.join(",", response.headers().allValues("Vary")).toLowerCase(Locale.ROOT);
    }

    @Test
    void noPrivateTitleDescriptionOrOrganisationReachesThePublicOrRoomFeeds() throws Exception {
        String secret = "Family therapy " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = TestDates.inLane(TestDates.Lane.SOON, 0, DayOfWeek.FRIDAY, 1);
        long camhs = HubClient.object(HUB.get("/api/me", "camhs", "hub-demo"))
                .getJsonNumber("organisationId")
                .longValue();
        HttpResponse<String> booked = HUB.post(
                "/api/bookings",
                """
                {"roomId": %d, "organisationId": %d, "title": "%s", "type": "clinic", "visibility": "private",
                 "description": "Confidential notes %s", "expectedAttendance": 3, "start": "%s", "end": "%s"}
                """.formatted(roomId("clinic-2"), camhs, secret, secret, at(day, "15:00"), at(day, "16:00")),
                "staff");
        assertThat(booked.statusCode()).isEqualTo(201);
        String uid = "booking-" + HubClient.object(booked).getJsonNumber("id").longValue() + "@"
                + HubDatabase.installationId();

        String hub = text(fetch("/calendar/hub.ics"));
        String room = text(fetch("/calendar/rooms/clinic-2.ics"));
        String own = text(fetch(new URI(HubClient.array(HUB.post("/api/me/feeds", "", "camhs"))
                        .getJsonObject(0)
                        .getString("url"))
                .getPath()));

        assertThat(hub).doesNotContain(secret, "Confidential", "NHS CAMHS", uid);
        assertThat(room)
                .contains(uid, "SUMMARY:Room in use")
                .doesNotContain(secret, "Confidential", "NHS CAMHS", "CAMHS drop-in");
        assertThat(own).contains(secret, "Confidential notes", uid);
    }

    @Test
    void aChangedBookingChangesTheFeedRaisesItsSequenceAndStaysCancelled() throws Exception {
        LocalDate day = TestDates.inLane(TestDates.Lane.SOON, 1, DayOfWeek.SATURDAY, 1);
        HttpResponse<String> booked = HUB.post(
                "/api/bookings", """
                {"roomId": %d, "title": "Repair cafe", "type": "event", "visibility": "public", "expectedAttendance": 20,
                 "audience": ["everyone"], "start": "%s", "end": "%s"}
                """.formatted(roomId("art-studio"), at(day, "10:00"), at(day, "12:00")), "staff");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        long id = HubClient.object(booked).getJsonNumber("id").longValue();
        String before = fetch("/calendar/hub.ics").headers().firstValue("ETag").orElseThrow();

        HUB.delete("/api/bookings/" + id, "staff");

        HttpResponse<byte[]> after = fetch("/calendar/hub.ics", "If-None-Match", before);
        assertThat(after.statusCode()).isEqualTo(200);
        String event = text(after)
                .replace("\r\n ", "")
                .split("UID:booking-" + id + "@" + HubDatabase.installationId())[1]
                .split("END:VEVENT")[0];
        assertThat(event).contains("STATUS:CANCELLED", "SEQUENCE:1");
    }

    @Test
    void aFeedBuiltAgainLeavesOutABookingMadePrivateAndOneThirtyDaysPastItsLastDate() throws Exception {
        long room = ChargesChecks.newRoom();
        LocalDate day = TestDates.weekdayInDays(50);
        String title = "Seed swap " + RoomsApiChecks.unique("kept");
        String open = BookingsApiChecks.once(room, title, day, "10:00", "11:00").replace("\"private\"", "\"public\"");
        String path = BookingsApiChecks.booked(open);
        String uid = "UID:" + SeriesChangeChecks.uid(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
        assertThat(unfolded(fetch("/calendar/hub.ics"))).contains(uid);

        assertThat(HUB.put(path, BookingsApiChecks.once(room, title, day, "10:00", "11:00"), "staff")
                        .statusCode())
                .isEqualTo(200);
        assertThat(unfolded(fetch("/calendar/hub.ics")))
                .as("made private, it leaves the public feed")
                .doesNotContain(uid);
        assertThat(HUB.put(path, open, "staff").statusCode()).isEqualTo(200);
        assertThat(unfolded(fetch("/calendar/hub.ics")))
                .as("made public again, it is back")
                .contains(uid);

        try (ServerClock later = ServerClock.pinAt(day.plusDays(31).atTime(12, 0))) {
            assertThat(hubFeedOnceTheClockIsSeen(feed -> !feed.contains(uid)))
                    .as("thirty days after its date it has left")
                    .doesNotContain(uid);
        }
        assertThat(hubFeedOnceTheClockIsSeen(feed -> feed.contains(uid)))
                .as("with the clock back to today, it is in the feed again")
                .contains(uid);
    }

    /** The hub feed once the hub has noticed its clock moved: it asks what changed at most once a second. */
    private static String hubFeedOnceTheClockIsSeen(Predicate<String> seen) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String feed = unfolded(fetch("/calendar/hub.ics"));
        while (!seen.test(feed) && System.nanoTime() < giveUp) {
            Thread.sleep(250);
            feed = unfolded(fetch("/calendar/hub.ics"));
        }
        return feed;
    }

    private static String unfolded(HttpResponse<byte[]> feed) {
        assertThat(feed.statusCode()).isEqualTo(200);
        return text(feed).replace("\r\n ", "");
    }

    @Test
    void aPrivateFeedAddressIsRandomAndCanBeReplacedAtOnce() throws Exception {
        JsonObject feed =
                HubClient.array(HUB.post("/api/me/feeds", "", "foodbank")).getJsonObject(0);
        String url = feed.getString("url");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(feed.getString("webcal")).startsWith("webcal://");
        assertThat(text(fetch(new URI(url).getPath()))).contains("X-WR-CALNAME:Fleetwood Food Bank", "Food bank");
        assertThat(HUB.post("/api/me/feeds/" + feed.getJsonNumber("id").longValue() + "/rotate", "", "youth")
                        .statusCode())
                .isEqualTo(404);

        JsonObject replaced = HubClient.object(
                HUB.post("/api/me/feeds/" + feed.getJsonNumber("id").longValue() + "/rotate", "", "foodbank"));

        assertThat(fetch(new URI(url).getPath()).statusCode()).isEqualTo(404);
        assertThat(replaced.getString("url")).isNotEqualTo(url);
        assertThat(fetch(new URI(replaced.getString("url")).getPath()).statusCode())
                .isEqualTo(200);
        assertThat(fetch("/calendar/feeds/" + "A".repeat(43) + ".ics").statusCode())
                .isEqualTo(404);
        JsonObject shifts =
                HubClient.array(HUB.post("/api/me/feeds", "", "sam")).getJsonObject(0);
        assertThat(shifts.getString("kind")).isEqualTo("shifts");
        String shiftFeed = text(fetch(new URI(shifts.getString("url")).getPath()));
        int published = HubClient.array(HUB.get("/api/rota/me/shifts", "sam", "hub-demo"))
                .size();
        assertThat(shiftFeed).contains("X-WR-CALNAME:My café shifts");
        assertThat(shiftFeed.split("BEGIN:VEVENT", -1)).hasSize(published + 1);
        assertThat(HUB.post("/api/me/feeds", "", "staff").body())
                .as("staff have no private feed")
                .isEqualTo("[]");
    }

    @Test
    void feedsComeThroughTheCalendarDoorWhichLeadsToNothingButFeeds() throws Exception {
        HttpResponse<byte[]> notAFeed = fetch("/calendar/admin/closures.xhtml");
        assertThat(notAFeed.statusCode()).isEqualTo(404);
        assertThat(text(notAFeed)).isEqualTo("There is no calendar feed at this address.");
        assertThat(notAFeed.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("text/plain");

        for (String sneaky : new String[] {
            "/calendar/..;/admin/closures.xhtml",
            "/calendar/rooms/..;/..;/admin/closures.xhtml",
            "/calendar/%2e%2e/admin/closures.xhtml",
            "/calendar/rooms/%2e%2e%2f%2e%2e%2fadmin%2fclosures.xhtml",
            "/calendar/hub.ics/..;/..;/api/bookings"
        }) {
            HttpResponse<byte[]> answer = fetch(sneaky);
            assertThat(answer.statusCode()).as(sneaky).isNotEqualTo(200);
            assertThat(text(answer)).as(sneaky).doesNotContain("Closures", "BEGIN:VCALENDAR", "\"title\"");
        }

        HttpResponse<String> posted = HTTP.send(
                HttpRequest.newBuilder(HUB.uri("/calendar/hub.ics"))
                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(posted.body()).isEqualTo("Calendar feeds can only be read.");

        HttpResponse<byte[]> unknownRoom = fetch("/calendar/rooms/no-such-room.ics");
        assertThat(unknownRoom.statusCode()).isEqualTo(404);
        assertThat(text(unknownRoom)).startsWith("There is no calendar feed at this address.");
        assertThat(fetch("/calendar/hub.ics?type=nonsense").statusCode()).isEqualTo(400);

        HttpResponse<byte[]> feed = fetch("/calendar/rooms/youth-hall.ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(feed.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(feed.headers().firstValue("Set-Cookie")).isEmpty();

        for (int i = 0;
                i < 3;
                i++) { // the first asks the database whether the feed is current, the next come from memory
            HttpResponse<byte[]> hubFeed = fetch("/calendar/hub.ics");
            assertThat(hubFeed.statusCode()).isEqualTo(200);
            assertThat(hubFeed.headers().firstValue("X-Content-Type-Options"))
                    .as("answer %d", i)
                    .contains("nosniff");
            assertThat(hubFeed.headers().firstValue("Referrer-Policy"))
                    .as("answer %d", i)
                    .isPresent();
        }
    }

    @Test
    void anIndependentParserReadsTheHubAndRoomFeeds() throws Exception {
        for (String path : new String[] {"/calendar/hub.ics", "/calendar/rooms/youth-hall.ics"}) {
            Path file = Files.createTempFile("feed", ".ics");
            Files.write(file, fetch(path).body());
            Path script = Path.of(getClass().getResource("/read_feed.py").toURI());
            Process python = new ProcessBuilder("/usr/bin/python3", script.toString(), file.toString(), "60")
                    .redirectErrorStream(true)
                    .start();
            assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(python.exitValue()).as(path + ": " + output).isZero();
            assertThat(Integer.parseInt(
                            output.lines().reduce((first, last) -> last).orElseThrow()))
                    .as(path)
                    .isPositive();
        }
    }
}

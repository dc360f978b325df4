package community.hub.web;

import static community.hub.web.BookingsApiChecks.postBooking;
import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The feeds and downloads as programs no one here wrote meet them: calendar apps that poll with If-Modified-Since,
 * read UIDs, ORGANIZER and the time zone (read back here by python icalendar), API clients that only read.
 */
abstract class FeedClientChecks {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> fetch(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(HUB.uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** What python icalendar reads in the feed: its name, each event's UID, ORGANIZER and DTSTAMP, the zone's observances. */
    private static JsonObject facts(String feed) throws Exception {
        Path file = Files.createTempFile("feed", ".ics");
        Files.writeString(file, feed, StandardCharsets.UTF_8);
        Path script =
                Path.of(FeedClientChecks.class.getResource("/feed_facts.py").toURI());
        Process python = new ProcessBuilder("/usr/bin/python3", script.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(python.exitValue()).as(output).isZero();
        try (JsonReader reader = Json.createReader(new StringReader(output))) {
            return reader.readObject();
        }
    }

    private static Instant lastModified(HttpResponse<?> response) {
        return ZonedDateTime.parse(
                        response.headers().firstValue("Last-Modified").orElseThrow(),
                        DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
    }

    @Test
    void readingTheFeedAddressesIssuesNoToken() {
        long before = HubDatabase.rows("feed_token");

        for (String username : new String[] {"alex", "youth", "admin", "staff"}) {
            assertThat(HUB.get("/api/me/feeds", username, HubClient.DEMO_PASSWORD)
                            .statusCode())
                    .isEqualTo(200);
        }

        assertThat(HubDatabase.rows("feed_token")).as("rows after four GETs").isEqualTo(before);
        assertThat(HubClient.array(HUB.post("/api/me/feeds", "", "alex")))
                .singleElement()
                .satisfies(feed ->
                        assertThat(feed.asJsonObject().getString("kind")).isEqualTo("shifts"));
        assertThat(HubClient.array(HUB.get("/api/me/feeds", "alex", HubClient.DEMO_PASSWORD)))
                .hasSize(1);
    }

    @Test
    void theShiftsFeedSaysWhenItLastChangedStampsNothingInTheFutureAndAnswersIfModifiedSinceWith304() throws Exception {
        String path = URI.create(HubClient.array(HUB.post("/api/me/feeds", "", "sam"))
                        .getJsonObject(0)
                        .getString("url"))
                .getPath();

        HttpResponse<String> feed = fetch(path);
        Instant lastModified = lastModified(feed);
        Instant now = Instant.now();

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(lastModified).isAfter(Instant.parse("2020-01-01T00:00:00Z")).isBefore(now.plusSeconds(5));
        JsonObject read = facts(feed.body());
        assertThat(read.getJsonArray("dtstamps"))
                .isNotEmpty()
                .allSatisfy(stamp -> assertThat(
                                OffsetDateTime.parse(stamp.toString().replace("\"", ""))
                                        .toInstant())
                        .isEqualTo(lastModified));
        assertThat(fetch(
                                path,
                                "If-Modified-Since",
                                feed.headers().firstValue("Last-Modified").orElseThrow())
                        .statusCode())
                .isEqualTo(304);
        assertThat(fetch(
                                path,
                                "If-Modified-Since",
                                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                        lastModified.minusSeconds(60).atZone(java.time.ZoneOffset.UTC)))
                        .statusCode())
                .isEqualTo(200);
        assertThat(lastModified(fetch(path)))
                .as("the same shifts, the same time")
                .isEqualTo(lastModified);
    }

    @Test
    void eventsCarryThisInstallationsUidsAndTheHubAsOrganizerInAZoneOfTodaysRules() throws Exception {
        String contact = HubClient.object(HUB.get("/api/settings")).getString("contactEmail");

        JsonObject hub = facts(fetch("/calendar/hub.ics").body());

        assertThat(hub.getJsonArray("uids"))
                .isNotEmpty()
                .allSatisfy(uid -> assertThat(uid.toString())
                        .endsWith("@" + HubDatabase.installationId() + "\"")
                        .doesNotContain("@community-hub"));
        assertThat(hub.getJsonArray("organizers"))
                .allSatisfy(organizer -> assertThat(organizer.toString()).isEqualTo("\"mailto:" + contact + "\""));
        assertThat(hub.getInt("observances"))
                .as("summer time and winter time, as they are now")
                .isEqualTo(2);
        assertThat(fetch("/calendar/hub.ics").body()).doesNotContain("1847", "LMT");
    }

    @Test
    void aFilteredFeedIsNamedForItsFilter() throws Exception {
        assertThat(facts(fetch("/calendar/hub.ics?type=youth_work,class").body())
                        .getString("name"))
                .contains("Fleetwood Community Hub", "Youth work", "Class");
        assertThat(facts(fetch("/calendar/hub.ics").body()).getString("name")).doesNotContain("Youth work");
    }

    @Test
    void lastModifiedNeverGoesBackWhenABookingLeavesARoomsFeed() throws Exception {
        long room = BookingsApiChecks.roomId("art-studio");
        LocalDate day = TestDates.inLane(TestDates.Lane.API_CLIENT, 1, DayOfWeek.THURSDAY, 1);
        postBooking("staff", BookingsApiChecks.booking(room, "Stays", day + "T10:00:00", day + "T11:00:00", ""));
        HttpResponse<String> leaving = postBooking(
                "staff", BookingsApiChecks.booking(room, "Leaves", day + "T12:00:00", day + "T13:00:00", ""));
        assertThat(leaving.statusCode()).as(leaving.body()).isEqualTo(201);
        Instant before = lastModified(fetch("/calendar/rooms/art-studio.ics"));
        long leaves = HubClient.object(leaving).getJsonNumber("id").longValue();
        assertThat(fetch("/calendar/rooms/art-studio.ics").body()).contains("UID:booking-" + leaves + "@");
        HttpResponse<String> moved = HUB.put(
                "/api/bookings/" + leaves,
                BookingsApiChecks.booking(
                        BookingsApiChecks.roomId("meeting-room"), "Leaves", day + "T12:00:00", day + "T13:00:00", ""),
                "staff");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        HttpResponse<String> after = fetch("/calendar/rooms/art-studio.ics");

        assertThat(after.body()).doesNotContain("UID:booking-" + leaves + "@");
        assertThat(lastModified(after)).isAfter(before);
    }
}

package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static community.hub.web.Problems.assertRefused;
import static community.hub.web.Race.count;
import static community.hub.web.Race.race;
import static community.hub.web.SeriesChangeChecks.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Bookings through the running hub: the invariants under racing requests, every refusal as a 4xx that changes
 * nothing, series with closures, and one organisation kept out of another's bookings. Each test books its own
 * week, far enough ahead to miss the demo term.
 */
abstract class BookingsApiChecks {

    /** A week of its own for each test, well past the demo term and inside the two-year limit. */
    private static LocalDate week(int n, DayOfWeek day) {
        return series(n, day, 1);
    }

    /** The first date of a weekly series of {@code weeks} dates in a week of its own. */
    private static LocalDate series(int n, DayOfWeek day, int weeks) {
        return TestDates.inLane(TestDates.Lane.BOOKINGS, n, day, weeks);
    }

    static long roomId(String slug) {
        return HubClient.array(HUB.get("/api/rooms")).getValuesAs(JsonObject.class).stream()
                .filter(room -> room.getString("slug").equals(slug))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    static String booking(long roomId, String title, String start, String end, String extra) {
        return """
                {"roomId": %d, "title": "%s", "type": "meeting", "visibility": "private", "expectedAttendance": 4,
                 "start": "%s", "end": "%s"%s}
                """.formatted(roomId, title, start, end, extra.isEmpty() ? "" : ", " + extra);
    }

    /** A booking of the room on one date, from one time to another. */
    static String once(long roomId, String title, LocalDate date, String from, String to) {
        return booking(roomId, title, at(date, from), at(date, to), "");
    }

    /** The person asks the hub for the booking: the hub's answer. */
    static HttpResponse<String> postBooking(String username, String booking) {
        return HUB.post("/api/bookings", booking, username);
    }

    /** Staff book it, and the hub takes it: the new booking's path. */
    static String booked(String booking) {
        HttpResponse<String> booked = postBooking("staff", booking);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return URI.create(booked.headers().firstValue("Location").orElseThrow()).getPath();
    }

    /** Staff approve the request, and the hub takes the approval. */
    static void approve(long bookingId) {
        HttpResponse<String> approved = HUB.post("/api/bookings/" + bookingId + "/approve", "", "staff");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }

    static String at(LocalDate date, String time) {
        return date + "T" + time;
    }

    private static List<JsonObject> bookingsOn(long roomId, LocalDate from, LocalDate to) {
        return HubClient.array(
                        HUB.get("/api/bookings?roomId=" + roomId + "&from=" + from + "&to=" + to, "staff", "hub-demo"))
                .getValuesAs(JsonObject.class);
    }

    @Test
    void thirtyTwoRequestsForOneSlotBookItExactlyOnce() throws Exception {
        long room = roomId("meeting-room");
        LocalDate day = week(1, DayOfWeek.TUESDAY);
        String body = once(room, "Race for one slot", day, "19:00", "20:00");
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            requests.add(() -> postBooking("staff", body));
        }

        List<HttpResponse<String>> responses = race(requests);

        assertThat(count(responses, 201)).isEqualTo(1);
        assertThat(count(responses, 409)).isEqualTo(31);
        assertThat(bookingsOn(room, day, day.plusDays(1))).hasSize(1);
    }

    @Test
    void twoOverlappingSeriesRacingNeverBothHoldTheRoom() throws Exception {
        long room = roomId("training-suite");
        LocalDate first = series(2, DayOfWeek.WEDNESDAY, 6);
        String weekly = booking(
                room,
                "Weekly evening course",
                at(first, "18:00"),
                at(first, "20:00"),
                "\"recurrence\": {\"frequency\": \"WEEKLY\", \"interval\": 1, \"byDay\": [\"WE\"], \"count\": 6}");
        String fortnightly = booking(
                room,
                "Fortnightly evening club",
                at(first, "19:00"),
                at(first, "20:30"),
                "\"recurrence\": {\"frequency\": \"WEEKLY\", \"interval\": 2, \"byDay\": [\"WE\"], \"count\": 3}");
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String body = i % 2 == 0 ? weekly : fortnightly;
            requests.add(() -> postBooking("staff", body));
        }

        List<HttpResponse<String>> responses = race(requests);

        assertThat(count(responses, 201)).isEqualTo(1);
        assertThat(count(responses, 409)).isEqualTo(15);
        List<JsonObject> held = bookingsOn(room, first, first.plusWeeks(7));
        assertThat(held).hasSize(1);
    }

    @Test
    void theTurnaroundIsKeptAfterEachBooking() {
        long clinic = roomId("clinic-2");
        LocalDate day = week(3, DayOfWeek.FRIDAY);
        assertThat(postBooking("staff", once(clinic, "Morning session", day, "09:00", "10:00"))
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> tooSoon = postBooking("staff", once(clinic, "Too soon", day, "10:10", "11:00"));
        HttpResponse<String> afterTurnaround =
                postBooking("staff", once(clinic, "After turnaround", day, "10:15", "11:00"));

        assertThat(tooSoon.statusCode()).isEqualTo(409);
        JsonObject clash = HubClient.object(tooSoon).getJsonArray("clashes").getJsonObject(0);
        assertThat(clash.getJsonNumber("roomId").longValue()).isEqualTo(clinic);
        assertThat(clash.getString("start")).startsWith(at(day, "10:10"));
        assertThat(clash.getString("with")).isEqualTo("Morning session");
        assertThat(afterTurnaround.statusCode()).isEqualTo(201);
    }

    @Test
    void everyRefusalIsAClientErrorWithAReasonAndChangesNothing() {
        long room = roomId("art-studio");
        LocalDate day = week(4, DayOfWeek.WEDNESDAY);
        assertRefused(
                postBooking("staff", once(room, "Late", day, "20:00", "22:00")),
                400,
                "start",
                "Art Studio is open on Wednesdays from 08:00 to 21:00");
        assertRefused(
                postBooking("staff", once(room, "Backwards", day, "11:00", "10:00")),
                400,
                "end",
                "The end must be after the start.");
        assertRefused(
                postBooking(
                        "staff",
                        once(room, "Crowd", day, "10:00", "12:00")
                                .replace("\"expectedAttendance\": 4", "\"expectedAttendance\": 200")),
                400,
                "expectedAttendance",
                "Art Studio holds up to 20 people");
        assertRefused(
                postBooking("staff", once(room, "Short", day, "10:00", "10:30")),
                400,
                "end",
                "must last at least 60 minutes");
        assertRefused(
                postBooking("staff", once(987654, "Nowhere", day, "10:00", "11:00")),
                400,
                "roomId",
                "There is no room 987654.");
        assertRefused(
                postBooking("staff", booking(room, "Past", "2020-01-08T10:00", "2020-01-08T11:00", "")),
                400,
                "start",
                "The start is in the past.");
        assertRefused(
                postBooking("staff", once(room, "", day, "10:00", "11:00")),
                400,
                "title",
                "Enter a title for the booking.");
        HttpResponse<String> badDate =
                postBooking("staff", booking(room, "No such day", "2027-02-30T10:00", "2027-02-30T11:00", ""));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(HubClient.object(badDate).getString("detail")).isNotBlank();
        long leaving = ChargesChecks.newOrganisation("standard", 0);
        assertThat(HUB.delete("/api/organisations/" + leaving, "admin").statusCode())
                .isEqualTo(200);
        assertRefused(
                postBooking(
                        "staff",
                        booking(
                                room,
                                "After leaving",
                                at(day, "10:00"),
                                at(day, "11:00"),
                                "\"organisationId\": " + leaving)),
                400,
                "organisationId",
                "no longer uses the hub");

        assertThat(bookingsOn(room, day, day.plusDays(1))).isEmpty();
    }

    @Test
    void aSeriesOverABankHolidayShowsTheClosureAndCanBookOnlyTheFreeDates() {
        long room = roomId("sports-hall");
        LocalDate bankHoliday = TestDates.fromToday().mondayBankHolidayAfterThreeWeeks();
        LocalDate first = bankHoliday.minusWeeks(1);
        String rule = "\"recurrence\": {\"frequency\": \"WEEKLY\", \"byDay\": [\"MO\"], \"until\": \""
                + bankHoliday.plusWeeks(1) + "\"}";

        HttpResponse<String> refused =
                postBooking("staff", booking(room, "Evening badminton", at(first, "19:00"), at(first, "20:30"), rule));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(HubClient.object(refused).getJsonArray("clashes").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(clash -> {
                    assertThat(clash.getString("cause")).isEqualTo("closed");
                    assertThat(clash.getString("start")).startsWith(at(bankHoliday, "19:00"));
                });

        HttpResponse<String> booked = postBooking(
                "staff",
                booking(
                        room,
                        "Evening badminton",
                        at(first, "19:00"),
                        at(first, "20:30"),
                        rule + ", \"onlyFreeDates\": true"));
        assertThat(booked.statusCode()).isEqualTo(201);
        assertThat(HubClient.object(booked).getJsonArray("occurrences").getValuesAs(JsonObject.class))
                .extracting(occurrence -> occurrence.getString("date"))
                .containsExactly(first.toString(), bankHoliday.plusWeeks(1).toString());
    }

    @Test
    void cancellingOneDateFreesItForSomeoneElse() {
        long room = roomId("meeting-room");
        LocalDate first = series(5, DayOfWeek.THURSDAY, 3);
        String path = booked(
                booking(room, "Thursday evening group", at(first, "19:00"), at(first, "20:00"), weekly("TH", 3)));
        LocalDate second = first.plusWeeks(1);
        String other = once(room, "One-off talk", second, "19:00", "20:00");
        assertThat(postBooking("staff", other).statusCode()).isEqualTo(409);

        HttpResponse<String> cancelled = HUB.delete(path + "/occurrences/" + second, "staff");

        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(HubClient.object(cancelled).getJsonArray("occurrences").getValuesAs(JsonObject.class))
                .extracting(occurrence -> occurrence.getString("status"))
                .containsExactly("CONFIRMED", "CANCELLED", "CONFIRMED");
        assertThat(HubClient.object(cancelled).getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(change -> change.getString("what"))
                .containsExactly("booked", "date_cancelled");
        assertThat(postBooking("staff", other).statusCode()).isEqualTo(201);
    }

    @Test
    void aWeeklySeriesKeepsItsClockTimeWhenTheClocksGoBackAndHoldsTheRoomAtThatTime() {
        long room = roomId("clinic-1");
        LocalDate first = TestDates.fromToday().fridayBeforeTheClocksGoBack();
        LocalDate clocksGoBack = first.plusDays(2);
        HttpResponse<String> series = postBooking(
                "staff",
                booking(
                        room,
                        "Friday morning clinic",
                        at(first, "10:00"),
                        at(first, "11:00"),
                        "\"recurrence\": {\"frequency\": \"WEEKLY\", \"byDay\": [\"FR\"], \"count\": 3}"));

        assertThat(series.statusCode()).isEqualTo(201);
        assertThat(HubClient.object(series).getJsonArray("occurrences").getValuesAs(JsonObject.class))
                .extracting(occurrence -> occurrence.getString("start").substring(11, 16))
                .containsOnly("10:00");
        LocalDate afterTheChange = first.plusWeeks(1);
        assertThat(afterTheChange).isAfter(clocksGoBack);
        HttpResponse<String> sameWallClock =
                postBooking("staff", once(room, "Same wall-clock time", afterTheChange, "10:30", "11:30"));
        HttpResponse<String> anHourEarlier =
                postBooking("staff", once(room, "An hour earlier", afterTheChange, "08:45", "09:45"));
        assertThat(sameWallClock.statusCode())
                .as("held at 10:00 GMT, not 09:00")
                .isEqualTo(409);
        assertThat(anHourEarlier.statusCode()).isEqualTo(201);
    }

    @Test
    void oneDateOfASeriesMovesAndIsCheckedAgain() {
        long room = roomId("art-studio");
        LocalDate first = series(8, DayOfWeek.THURSDAY, 3);
        String path = booked(booking(room, "Pottery evening", at(first, "18:00"), at(first, "20:00"), weekly("TH", 3)));
        LocalDate second = first.plusWeeks(1);
        assertThat(postBooking("staff", once(room, "Life drawing", second.plusDays(1), "18:00", "20:00"))
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> clash = HUB.put(
                path + "/occurrences/" + second,
                "{\"start\": \"" + at(second.plusDays(1), "18:30") + "\", \"end\": \"" + at(second.plusDays(1), "19:30")
                        + "\"}",
                "staff");
        HttpResponse<String> moved = HUB.put(
                path + "/occurrences/" + second,
                "{\"start\": \"" + at(second, "16:00") + "\", \"end\": \"" + at(second, "18:00") + "\"}",
                "staff");

        assertThat(clash.statusCode()).isEqualTo(409);
        assertThat(moved.statusCode()).isEqualTo(200);
        JsonObject movedDate =
                HubClient.object(moved).getJsonArray("occurrences").getJsonObject(1);
        assertThat(movedDate.getString("date")).isEqualTo(second.toString());
        assertThat(movedDate.getString("start")).startsWith(at(second, "16:00"));
        assertThat(movedDate.getBoolean("moved")).isTrue();
        assertThat(HubClient.object(moved).getInt("sequence")).isEqualTo(1);
    }

    @Test
    void aTenantRequestWaitsForStaffAndHoldsTheSlotMeanwhile() {
        long room = roomId("meeting-room");
        LocalDate day = TestDates.inLane(TestDates.Lane.SOON, 1, DayOfWeek.MONDAY, 1);
        HttpResponse<String> requested = postBooking("camhs", once(room, "CAMHS team meeting", day, "17:00", "18:00"));

        assertThat(requested.statusCode()).isEqualTo(201);
        JsonObject pending = HubClient.object(requested);
        assertThat(pending.getString("status")).isEqualTo("PENDING");
        String path = "/api/bookings/" + pending.getJsonNumber("id").longValue();
        assertThat(postBooking("staff", once(room, "Someone else", day, "17:30", "18:30"))
                        .statusCode())
                .isEqualTo(409);
        assertThat(HUB.post(path + "/approve", "", "camhs").statusCode()).isEqualTo(403);

        HttpResponse<String> declined =
                HUB.post(path + "/decline", "{\"reason\": \"The room is needed for a clinic\"}", "staff");

        assertThat(HubClient.object(declined).getString("status")).isEqualTo("DECLINED");
        assertThat(HubClient.object(declined).getString("decisionReason")).isEqualTo("The room is needed for a clinic");
        assertThat(postBooking("staff", once(room, "Someone else", day, "17:30", "18:30"))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void oneOrganisationCannotReadChangeOrCancelAnothersPrivateBooking() {
        long hall = roomId("youth-hall");
        LocalDate day = TestDates.inLane(TestDates.Lane.SOON, 1, DayOfWeek.TUESDAY, 1);
        HttpResponse<String> created =
                postBooking("youth", once(hall, "Youth workers' supervision", day, "10:00", "11:30"));
        assertThat(created.statusCode()).isEqualTo(201);
        String path =
                "/api/bookings/" + HubClient.object(created).getJsonNumber("id").longValue();
        String change = once(hall, "Taken over", day, "10:00", "11:30");

        assertThat(HUB.get(path, "foodbank", "hub-demo").statusCode()).isEqualTo(404);
        assertThat(HUB.put(path, change, "foodbank").statusCode()).isEqualTo(404);
        assertThat(HUB.delete(path, "foodbank").statusCode()).isEqualTo(404);
        assertThat(HUB.delete(path + "/occurrences/" + day, "foodbank").statusCode())
                .isEqualTo(404);
        assertThat(HUB.get("/api/bookings?from=" + day + "&to=" + day.plusDays(1), "foodbank", "hub-demo")
                        .body())
                .doesNotContain("supervision");

        JsonObject intact = HubClient.object(HUB.get(path, "youth", "hub-demo"));
        assertThat(intact.getString("title")).isEqualTo("Youth workers' supervision");
        assertThat(intact.getString("status")).isEqualTo("CONFIRMED");
        assertThat(HubClient.object(HUB.get(path, "staff", "hub-demo")).getString("title"))
                .isEqualTo("Youth workers' supervision");
    }

    /** CAMHS public requests, one in each state a request can end in. */
    record RequestsInEachState(long pending, long declined, long confirmed, long cancelled) {}

    /**
     * Four CAMHS public requests for the room on the day, titled "Waiting …", "Declined …", "Confirmed …" and
     * "Cancelled …": one left waiting, one declined with the reason, one approved, and one approved and then
     * cancelled by the given person.
     */
    static RequestsInEachState camhsRequestsInEachState(
            long room, LocalDate day, String what, String reason, String cancelledBy) {
        long pending = camhsPublicRequest(room, day, "09:00", "10:00", "Waiting " + what);
        long declined = camhsPublicRequest(room, day, "11:00", "12:00", "Declined " + what);
        long confirmed = camhsPublicRequest(room, day, "13:00", "14:00", "Confirmed " + what);
        long cancelled = camhsPublicRequest(room, day, "15:00", "16:00", "Cancelled " + what);
        HttpResponse<String> declining =
                HUB.post("/api/bookings/" + declined + "/decline", "{\"reason\": \"" + reason + "\"}", "staff");
        assertThat(declining.statusCode()).as(declining.body()).isEqualTo(200);
        approve(confirmed);
        approve(cancelled);
        assertThat(HUB.delete("/api/bookings/" + cancelled, cancelledBy).statusCode())
                .isEqualTo(200);
        return new RequestsInEachState(pending, declined, confirmed, cancelled);
    }

    /** A CAMHS request, public, for the slot of the day in the room; left waiting for staff to decide. */
    static long camhsPublicRequest(long room, LocalDate day, String from, String to, String title) {
        HttpResponse<String> requested = postBooking("camhs", """
                {"roomId": %d, "title": "%s", "type": "meeting", "visibility": "public", "expectedAttendance": 4,
                 "start": "%s", "end": "%s"}
                """.formatted(room, title, at(day, from), at(day, to)));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        assertThat(HubClient.object(requested).getString("status")).isEqualTo("PENDING");
        return HubClient.object(requested).getJsonNumber("id").longValue();
    }

    @Test
    void anotherOrganisationsRequestIsItsOwnBusinessWhateverItsVisibilityUntilConfirmed() {
        long room = ChargesChecks.newRoom();
        LocalDate day = TestDates.inLane(TestDates.Lane.SOON, 1, DayOfWeek.WEDNESDAY, 1);
        RequestsInEachState requests =
                camhsRequestsInEachState(room, day, "parents' evening", "Kept for the flu clinic", "camhs");
        long pending = requests.pending();
        long declined = requests.declined();
        long confirmed = requests.confirmed();
        long cancelled = requests.cancelled();

        assertThat(HUB.get("/api/bookings/" + pending, "foodbank", "hub-demo").statusCode())
                .as("pending")
                .isEqualTo(404);
        assertThat(HUB.get("/api/bookings/" + declined, "foodbank", "hub-demo").statusCode())
                .as("declined")
                .isEqualTo(404);
        assertThat(HubClient.object(HUB.get("/api/bookings/" + confirmed, "foodbank", "hub-demo"))
                        .getString("status"))
                .isEqualTo("CONFIRMED");
        assertThat(HubClient.object(HUB.get("/api/bookings/" + cancelled, "foodbank", "hub-demo"))
                        .getString("status"))
                .isEqualTo("CANCELLED");
        String listed = HUB.get(
                        "/api/bookings?roomId=" + room + "&from=" + day + "&to=" + day.plusDays(1),
                        "foodbank",
                        "hub-demo")
                .body();
        assertThat(listed)
                .contains("Confirmed parents' evening", "Cancelled parents' evening")
                .doesNotContain("Waiting parents' evening", "Declined parents' evening", "Kept for the flu clinic");

        JsonObject own = HubClient.object(HUB.get("/api/bookings/" + declined, "camhs", "hub-demo"));
        assertThat(own.getString("decisionReason")).isEqualTo("Kept for the flu clinic");
        assertThat(HUB.get(
                                "/api/bookings?roomId=" + room + "&from=" + day + "&to=" + day.plusDays(1),
                                "camhs",
                                "hub-demo")
                        .body())
                .contains(
                        "Waiting parents' evening",
                        "Declined parents' evening",
                        "Confirmed parents' evening",
                        "Cancelled parents' evening");
        assertThat(HUB.get("/api/bookings/" + pending, "staff", "hub-demo").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aPublicRequestWithdrawnBeforeTheHubConfirmedItStaysTheAskingOrganisationsBusiness() {
        long room = ChargesChecks.newRoom();
        LocalDate day = TestDates.inLane(TestDates.Lane.SOON, 1, DayOfWeek.THURSDAY, 1);
        long withdrawn = camhsPublicRequest(room, day, "09:00", "10:00", "Withdrawn craft club");
        assertThat(HUB.delete("/api/bookings/" + withdrawn, "camhs").statusCode())
                .isEqualTo(200);
        assertThat(HubClient.object(HUB.get("/api/bookings/" + withdrawn, "camhs", "hub-demo"))
                        .getString("status"))
                .isEqualTo("CANCELLED");

        assertThat(HUB.get("/api/bookings/" + withdrawn, "foodbank", "hub-demo").statusCode())
                .isEqualTo(404);
        assertThat(HUB.get(
                                "/api/bookings?roomId=" + room + "&from=" + day + "&to=" + day.plusDays(1),
                                "foodbank",
                                "hub-demo")
                        .body())
                .doesNotContain("Withdrawn craft club");
        assertThat(HUB.get("/calendar/hub.ics").body()).doesNotContain("Withdrawn craft club");
        try (Browser foodBank = new Browser(HUB)) {
            String session = foodBank.signIn("foodbank").sessionCookie();
            HttpResponse<String> page = HUB.getSignedIn("/bookings/booking.xhtml?id=" + withdrawn, session);
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).doesNotContain("Withdrawn craft club");
        }
        assertThat(HUB.get(
                                "/api/bookings?roomId=" + room + "&from=" + day + "&to=" + day.plusDays(1),
                                "camhs",
                                "hub-demo")
                        .body())
                .contains("Withdrawn craft club");
    }

    /** The path of the private calendar feed of the tenant's organisation. */
    private static String feedPathOf(String username) {
        return URI.create(HubClient.array(HUB.post("/api/me/feeds", "", username))
                        .getJsonObject(0)
                        .getString("url"))
                .getPath();
    }

    private static int bookHere(long room, LocalDate day, String from, String to) {
        return postBooking("staff", booking(room, "Someone else", at(day, from), at(day, to), ""))
                .statusCode();
    }

    private static String mailAbout(String subject) {
        return TestMailServer.text(HubIT.MAIL
                .await(message -> subject.equals(TestMailServer.subject(message)), Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("No email \u201c" + subject + "\u201d")));
    }

    /** A CAMHS booking 10:00-11:00 on the day, approved by staff: CAMHS's requests wait for the hub. */
    private static long approvedForCamhs(long room, LocalDate day, String title) {
        long id = ChargesChecks.book("camhs", room, null, title, day.atTime(10, 0), day.atTime(11, 0));
        approve(id);
        return id;
    }

    @Test
    void aTenantWhoseRequestsStaffDecideMovingAConfirmedBookingKeepsItAsItWasUntilStaffApproveTheMove()
            throws Exception {
        long room = ChargesChecks.newRoom();
        LocalDate day = TestDates.weekdayInDays(40);
        String title = "Parent workshop " + RoomsApiChecks.unique("move");
        long id = approvedForCamhs(room, day, title);
        String path = "/api/bookings/" + id;
        String feedPath = feedPathOf("camhs");
        String renamed = title + " (new name)";

        HttpResponse<String> retitled = HUB.put(path, once(room, renamed, day, "10:00", "11:00"), "camhs");
        HttpResponse<String> moved = HUB.put(path, once(room, renamed, day, "14:00", "15:00"), "camhs");

        assertThat(retitled.statusCode()).isEqualTo(200);
        assertThat(HubClient.object(retitled).getString("status"))
                .as("new details alone need no decision")
                .isEqualTo("CONFIRMED");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);
        JsonObject request = HubClient.object(moved);
        long requestId = request.getJsonNumber("id").longValue();
        assertThat(moved.headers().firstValue("Location")).get().asString().endsWith("/api/bookings/" + requestId);
        assertThat(request.getString("status")).isEqualTo("PENDING");
        assertThat(request.getJsonNumber("followsBookingId").longValue()).isEqualTo(id);
        assertThat(request.getString("changeOf")).isEqualTo("whole_booking");
        assertThat(SeriesChangeChecks.dates(request)).containsExactly(day + " 14:00-15:00 PENDING");
        JsonObject waiting = SeriesChangeChecks.get(id, "camhs");
        assertThat(waiting.getString("status"))
                .as("the booking stays confirmed while the move waits")
                .isEqualTo("CONFIRMED");
        assertThat(SeriesChangeChecks.dates(waiting)).containsExactly(day + " 10:00-11:00 CONFIRMED");
        assertThat(SeriesChangeChecks.history(waiting))
                .containsExactly("requested", "approved", "changed", "change_requested");
        assertThat(waiting.getJsonArray("moveRequests").getJsonNumber(0).longValue())
                .isEqualTo(requestId);
        assertThat(bookHere(room, day, "10:30", "11:00"))
                .as("the booking keeps its slot")
                .isEqualTo(409);
        assertThat(bookHere(room, day, "14:30", "15:00"))
                .as("and the move holds the one asked for")
                .isEqualTo(409);
        assertThat(HUB.put(path, once(room, renamed, day, "16:00", "17:00"), "camhs")
                        .statusCode())
                .as("one change at a time")
                .isEqualTo(409);
        String feed = SeriesChangeChecks.fetch(feedPath);
        assertThat(SeriesChangeChecks.event(feed, id))
                .contains(
                        "DTSTART;TZID=Europe/London:" + SeriesChangeChecks.compact(day) + "T100000",
                        "STATUS:CONFIRMED");
        assertThat(SeriesChangeChecks.event(feed, requestId))
                .contains(
                        "DTSTART;TZID=Europe/London:" + SeriesChangeChecks.compact(day) + "T140000",
                        "STATUS:TENTATIVE");
        try (Browser staff = new Browser(HUB)) {
            staff.signIn("staff").open("/staff/approvals.xhtml");
            assertThat(staff.text("request-" + requestId)).contains(renamed);
            assertThat(staff.text("change-of-" + requestId))
                    .as("staff see what the request would move")
                    .contains("A move of booking " + id, "10:00\u201311:00", "the whole booking, to the times below");
        }

        HttpResponse<String> declined = HUB.post(
                "/api/bookings/" + requestId + "/decline",
                "{\"reason\": \"The room is kept for the baby clinic in the afternoons.\"}",
                "staff");

        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        assertThat(HubClient.object(declined).getString("status")).isEqualTo("DECLINED");
        JsonObject asItWas = SeriesChangeChecks.get(id, "camhs");
        assertThat(asItWas.getString("status")).isEqualTo("CONFIRMED");
        assertThat(asItWas.getString("title")).isEqualTo(renamed);
        assertThat(SeriesChangeChecks.dates(asItWas)).containsExactly(day + " 10:00-11:00 CONFIRMED");
        assertThat(SeriesChangeChecks.history(asItWas))
                .containsExactly("requested", "approved", "changed", "change_requested", "change_declined");
        assertThat(asItWas.getJsonArray("history").getJsonObject(4).getString("detail"))
                .isEqualTo("The room is kept for the baby clinic in the afternoons.");
        assertThat(bookHere(room, day, "10:30", "11:00"))
                .as("the booking still holds its slot")
                .isEqualTo(409);
        assertThat(bookHere(room, day, "14:30", "15:00"))
                .as("the slot asked for is free again")
                .isEqualTo(201);
        assertThat(mailAbout("Change declined: " + renamed))
                .contains(
                        "The reason the hub gave: The room is kept for the baby clinic",
                        "This was a change to booking number " + id + ". That booking stays as it was");
        feed = SeriesChangeChecks.fetch(feedPath);
        assertThat(SeriesChangeChecks.event(feed, id))
                .contains(
                        "DTSTART;TZID=Europe/London:" + SeriesChangeChecks.compact(day) + "T100000",
                        "STATUS:CONFIRMED");
        assertThat(SeriesChangeChecks.event(feed, requestId)).contains("STATUS:CANCELLED");

        HttpResponse<String> askedAgain = HUB.put(path, once(room, renamed, day, "16:00", "17:00"), "camhs");
        assertThat(askedAgain.statusCode()).as(askedAgain.body()).isEqualTo(201);
        long secondRequest = HubClient.object(askedAgain).getJsonNumber("id").longValue();
        int sequence = SeriesChangeChecks.get(id, "camhs").getInt("sequence");
        assertThat(SeriesChangeChecks.event(SeriesChangeChecks.fetch(feedPath), secondRequest))
                .as("the feed, built now, holds the request until it has done its work")
                .contains("STATUS:TENTATIVE");

        HttpResponse<String> approved = HUB.post("/api/bookings/" + secondRequest + "/approve", "", "staff");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonObject movedBooking = HubClient.object(approved);
        assertThat(movedBooking.getJsonNumber("id").longValue())
                .as("the answer is the booking, moved")
                .isEqualTo(id);
        assertThat(movedBooking.getString("status")).isEqualTo("CONFIRMED");
        assertThat(SeriesChangeChecks.dates(movedBooking)).containsExactly(day + " 16:00-17:00 CONFIRMED");
        assertThat(movedBooking.getInt("sequence")).isGreaterThan(sequence);
        assertThat(SeriesChangeChecks.history(movedBooking)).endsWith("change_requested", "change_approved");
        assertThat(HUB.get("/api/bookings/" + secondRequest, "camhs", HubClient.DEMO_PASSWORD)
                        .statusCode())
                .as("the request has done its work")
                .isEqualTo(404);
        assertThat(bookHere(room, day, "10:30", "11:00"))
                .as("the old slot is free")
                .isEqualTo(201);
        assertThat(bookHere(room, day, "16:30", "17:00"))
                .as("the booking holds the new one")
                .isEqualTo(409);
        assertThat(mailAbout("Change approved: " + renamed))
                .contains("The hub has approved the change you asked for", "16:00 to 17:00", "booking number " + id);
        feed = SeriesChangeChecks.fetch(feedPath);
        assertThat(SeriesChangeChecks.event(feed, id))
                .contains(
                        "DTSTART;TZID=Europe/London:" + SeriesChangeChecks.compact(day) + "T160000",
                        "STATUS:CONFIRMED",
                        "SEQUENCE:" + movedBooking.getInt("sequence"));
        assertThat(feed.replace("\r\n ", "")).doesNotContain("UID:" + SeriesChangeChecks.uid(secondRequest));
    }

    @Test
    void aMoveThatWaitsForStaffCannotOverlapTheTimesItWouldReplaceInTheSameRoomAndChangesNothing() throws Exception {
        long room = ChargesChecks.newRoom();
        LocalDate day = TestDates.weekdayInDays(45);
        String title = "Parent drop-in " + RoomsApiChecks.unique("overlap");
        long id = approvedForCamhs(room, day, title);
        JsonObject before = SeriesChangeChecks.get(id, "camhs");

        HttpResponse<String> halfHourLater =
                HUB.put("/api/bookings/" + id, once(room, title, day, "10:30", "11:30"), "camhs");
        HttpResponse<String> oneDate = HUB.put(
                "/api/bookings/" + id + "/occurrences/" + day,
                "{\"roomId\": " + room + ", \"start\": \"" + at(day, "09:30") + "\", \"end\": \"" + at(day, "10:30")
                        + "\"}",
                "camhs");

        assertRefused(halfHourLater, 409, "start", "until it does the booking keeps its present times");
        assertRefused(oneDate, 409, "start", "until it does the booking keeps its present times");
        JsonObject after = SeriesChangeChecks.get(id, "camhs");
        assertThat(SeriesChangeChecks.dates(after))
                .isEqualTo(SeriesChangeChecks.dates(before))
                .containsExactly(day + " 10:00-11:00 CONFIRMED");
        assertThat(after.containsKey("moveRequests")
                        && !after.getJsonArray("moveRequests").isEmpty())
                .as("no request was made")
                .isFalse();
        HttpResponse<String> byStaff =
                HUB.put("/api/bookings/" + id, once(room, title, day, "10:30", "11:30"), "staff");
        assertThat(byStaff.statusCode())
                .as("staff move it at once: " + byStaff.body())
                .isEqualTo(200);
        assertThat(SeriesChangeChecks.dates(HubClient.object(byStaff))).containsExactly(day + " 10:30-11:30 CONFIRMED");
    }

    @Test
    void aTenantWhoseRequestsStaffDecideMovingOneDateOfAConfirmedSeriesKeepsItUntilStaffApprove() throws Exception {
        long room = ChargesChecks.newRoom();
        LocalDate first = TestDates.inLane(TestDates.Lane.SOON, 1, DayOfWeek.TUESDAY, 3);
        LocalDate second = first.plusWeeks(1);
        String title = "CAMHS parents forum " + RoomsApiChecks.unique("date");
        long id = SeriesChangeChecks.bookedBy(
                "camhs", booking(room, title, at(first, "10:00"), at(first, "11:00"), weekly("TU", 3)));
        approve(id);
        String datePath = "/api/bookings/" + id + "/occurrences/" + second;
        String toFour = "{\"roomId\": " + room + ", \"start\": \"" + at(second, "16:00") + "\", \"end\": \""
                + at(second, "17:00") + "\"}";
        String feedPath = feedPathOf("camhs");

        HttpResponse<String> asked = HUB.put(datePath, toFour, "camhs");

        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        JsonObject request = HubClient.object(asked);
        long requestId = request.getJsonNumber("id").longValue();
        assertThat(asked.headers().firstValue("Location")).get().asString().endsWith("/api/bookings/" + requestId);
        assertThat(request.getString("status")).isEqualTo("PENDING");
        assertThat(request.getString("changeOf")).isEqualTo("one_date");
        assertThat(request.getString("movesDate")).isEqualTo(second.toString());
        assertThat(request.getJsonNumber("followsBookingId").longValue()).isEqualTo(id);
        assertThat(SeriesChangeChecks.dates(request)).containsExactly(second + " 16:00-17:00 PENDING");
        List<String> asBooked = List.of(
                first + " 10:00-11:00 CONFIRMED",
                second + " 10:00-11:00 CONFIRMED",
                first.plusWeeks(2) + " 10:00-11:00 CONFIRMED");
        assertThat(SeriesChangeChecks.dates(SeriesChangeChecks.get(id, "camhs")))
                .as("the date stays where it was meanwhile")
                .containsExactlyElementsOf(asBooked);
        assertThat(SeriesChangeChecks.get(id, "camhs").getString("status")).isEqualTo("CONFIRMED");
        assertThat(bookHere(room, second, "16:30", "17:00"))
                .as("the move holds the slot asked for")
                .isEqualTo(409);
        assertThat(HUB.put(
                                "/api/bookings/" + id + "/occurrences/" + first,
                                toFour.replace(second.toString(), first.toString()),
                                "camhs")
                        .statusCode())
                .as("one change at a time")
                .isEqualTo(409);

        HttpResponse<String> declined = HUB.post(
                "/api/bookings/" + requestId + "/decline", "{\"reason\": \"The room is cleaned at four.\"}", "staff");

        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        JsonObject asItWas = SeriesChangeChecks.get(id, "camhs");
        assertThat(SeriesChangeChecks.dates(asItWas)).containsExactlyElementsOf(asBooked);
        assertThat(asItWas.getJsonArray("occurrences").getJsonObject(1).getBoolean("moved"))
                .isFalse();
        assertThat(SeriesChangeChecks.history(asItWas)).endsWith("change_requested", "change_declined");
        assertThat(asItWas.getJsonArray("history").getValuesAs(JsonObject.class))
                .last()
                .satisfies(change ->
                        assertThat(change.getString("detail")).isEqualTo(second + ": The room is cleaned at four."));
        assertThat(mailAbout("Change declined: " + title))
                .contains(
                        "The reason the hub gave: The room is cleaned at four.",
                        "of booking number " + id
                                + ". That booking stays as it was: that date is still booked for you at its usual time.");
        assertThat(bookHere(room, second, "16:30", "17:00"))
                .as("the slot asked for is free again")
                .isEqualTo(201);

        HttpResponse<String> askedAgain =
                HUB.put(datePath, toFour.replace("16:00", "15:00").replace("17:00", "16:00"), "camhs");
        assertThat(askedAgain.statusCode()).as(askedAgain.body()).isEqualTo(201);
        long secondRequest = HubClient.object(askedAgain).getJsonNumber("id").longValue();
        try (Browser staff = new Browser(HUB)) {
            staff.signIn("staff").open("/staff/approvals.xhtml");
            assertThat(staff.text("change-of-" + secondRequest))
                    .as("staff see which date the request moves")
                    .contains(
                            "A move of booking " + id,
                            "its date " + second.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)));

            staff.submit(By.cssSelector("#request-" + secondRequest + " input[value='Approve']"));

            assertThat(staff.pageText()).contains("The move of \u201c" + title + "\u201d was approved and made.");
            assertThat(staff.pageText()).doesNotContain("A move of booking " + id);
        }
        JsonObject moved = SeriesChangeChecks.get(id, "camhs");
        assertThat(SeriesChangeChecks.dates(moved))
                .containsExactly(
                        first + " 10:00-11:00 CONFIRMED",
                        second + " 15:00-16:00 CONFIRMED",
                        first.plusWeeks(2) + " 10:00-11:00 CONFIRMED");
        assertThat(moved.getJsonArray("occurrences").getJsonObject(1).getBoolean("moved"))
                .isTrue();
        assertThat(SeriesChangeChecks.history(moved)).endsWith("change_requested", "change_approved");
        assertThat(HUB.get("/api/bookings/" + secondRequest, "staff", HubClient.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(404);
        assertThat(bookHere(room, second, "10:00", "11:00"))
                .as("the date's old slot is free")
                .isEqualTo(201);
        String feed = SeriesChangeChecks.fetch(feedPath).replace("\r\n ", "");
        assertThat(feed)
                .as("calendars show the moved date as an exception to the series")
                .contains("RECURRENCE-ID;TZID=Europe/London:" + SeriesChangeChecks.compact(second) + "T100000")
                .contains("DTSTART;TZID=Europe/London:" + SeriesChangeChecks.compact(second) + "T150000")
                .doesNotContain("UID:" + SeriesChangeChecks.uid(secondRequest));
    }
}

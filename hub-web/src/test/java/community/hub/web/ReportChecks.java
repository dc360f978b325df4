package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import community.hub.HubTime;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Attendance, the staff reports, other income and the impact report through the running hub, to the exact number.
 * The known hub: a studio of its own (capacity 10, open Tuesdays and Wednesdays 09:00-17:00, 30 minutes' turnaround),
 * a weekly class there across the last change of the clocks, a hub meeting, a closed Wednesday; booked with the
 * server's clock pinned before them, so they are history when it is let go. Hub-wide figures are compared before and
 * after, so what else the shared database holds does not change the sums.
 */
abstract class ReportChecks {

    /** A room of its own, open Tuesdays and Wednesdays 09:00-17:00. */
    static long studio() {
        String slug = RoomsApiChecks.unique("studio");
        HttpResponse<String> created = HUB.post("/api/rooms", """
                {"slug": "%s", "name": "Studio %s", "capacity": 10, "floor": "Ground floor", "features": [],
                 "openingHours": [{"day": "tuesday", "opens": "09:00", "closes": "17:00"}, {"day": "wednesday", "opens": "09:00", "closes": "17:00"}],
                 "turnaroundMinutes": 30, "minimumBookingMinutes": 30, "maximumBookingMinutes": 480,
                 "standardHourlyRate": 30.00, "communityHourlyRate": 12.50, "bookableByTenants": true}
                """.formatted(slug, slug), "admin");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return HubClient.object(created).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> attendance(long booking, LocalDate date, String json, String username) {
        return HUB.put("/api/bookings/" + booking + "/occurrences/" + date + "/attendance", json, username);
    }

    private static JsonObject report(String path) {
        HttpResponse<String> response = HUB.get(path, "staff", HubClient.DEMO_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return HubClient.object(response);
    }

    private static JsonObject row(JsonObject report, String list, String field, String value) {
        return report.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(row -> value.equals(row.getString(field, null)))
                .findFirst()
                .orElseThrow();
    }

    private static int number(JsonObject row, String field) {
        return row.getJsonNumber(field).intValue();
    }

    private static String hours(JsonObject row) {
        return row.getJsonNumber("hours").bigDecimalValue().toPlainString();
    }

    @Test
    void theReportsSumAKnownHubToTheExactNumberAndTheImpactPdfSaysSo() throws IOException {
        LocalDate sunday = TestDates.fromToday().sundayTheClocksLastChanged();
        LocalDate firstTuesday = sunday.minusDays(12);
        LocalDate monday = sunday.minusDays(13);
        LocalDate closedWednesday = sunday.plusDays(3);
        String period = "from=" + monday + "&to=" + sunday.plusDays(14);
        JsonObject before = report("/api/reports/activity?" + period);
        JsonObject impactBefore = report("/api/reports/impact?" + period);
        long studio = studio();
        long group = ChargesChecks.newOrganisation("community", 0);
        long yoga;
        long meeting;
        long calledOff;
        try (ServerClock pinned = ServerClock.pinAt(monday.atTime(8, 0))) {
            HttpResponse<String> series = HUB.post(
                    "/api/bookings",
                    """
                    {"roomId": %d, "organisationId": %d, "title": "Chair yoga", "type": "class", "visibility": "public", "expectedAttendance": 10,
                     "start": "%s", "end": "%s", "recurrence": {"frequency": "WEEKLY", "interval": 1, "byDay": ["TU"], "count": 4}}
                    """.formatted(studio, group, firstTuesday.atTime(10, 0), firstTuesday.atTime(12, 0)),
                    "staff");
            assertThat(series.statusCode()).as(series.body()).isEqualTo(201);
            yoga = HubClient.object(series).getJsonNumber("id").longValue();
            meeting = ChargesChecks.book(
                    "staff",
                    studio,
                    null,
                    "Volunteers' meeting",
                    firstTuesday.plusDays(1).atTime(14, 0),
                    firstTuesday.plusDays(1).atTime(15, 30));
            calledOff = ChargesChecks.book(
                    "staff",
                    studio,
                    null,
                    "Called-off talk",
                    firstTuesday.plusDays(1).atTime(10, 0),
                    firstTuesday.plusDays(1).atTime(11, 0));
            assertThat(HUB.delete("/api/bookings/" + calledOff, "staff").statusCode())
                    .isEqualTo(200);
            HttpResponse<String> closed =
                    HUB.post("/api/closures", """
                    {"roomId": %d, "firstDay": "%s", "lastDay": "%s", "reason": "Floor repairs"}""".formatted(studio, closedWednesday, closedWednesday), "admin");
            assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);
        }

        assertThat(attendance(
                                yoga,
                                firstTuesday,
                                "{\"count\": 12, \"newCount\": 3, \"byAudience\": {\"over-55s\": 9}}",
                                "staff")
                        .statusCode())
                .isEqualTo(200);
        assertThat(attendance(yoga, firstTuesday.plusWeeks(1), "{\"count\": 10}", "staff")
                        .statusCode())
                .isEqualTo(200);
        assertThat(attendance(yoga, firstTuesday.plusWeeks(3), "{\"count\": 9}", "staff")
                        .statusCode())
                .isEqualTo(200);
        assertThat(attendance(meeting, firstTuesday.plusDays(1), "{\"count\": 0, \"newCount\": 0}", "staff")
                        .statusCode())
                .isEqualTo(200);
        assertThat(attendance(calledOff, firstTuesday.plusDays(1), "{\"count\": 4}", "staff")
                        .statusCode())
                .as("a date called off took no place")
                .isEqualTo(400);
        JsonObject notRecorded =
                report("/api/bookings/" + yoga + "/occurrences/" + firstTuesday.plusWeeks(2) + "/attendance");
        assertThat(notRecorded.getBoolean("recorded")).isFalse();
        assertThat(notRecorded.containsKey("count"))
                .as("not recorded is never zero")
                .isFalse();

        JsonObject utilisation = report("/api/reports/utilisation?from=" + monday + "&to=" + sunday.plusDays(14));
        List<JsonObject> weeks = utilisation.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getJsonNumber("roomId").longValue() == studio)
                .toList();
        assertThat(weeks).hasSize(4);
        assertThat(weeks)
                .extracting(week ->
                        week.getJsonNumber("openHours").bigDecimalValue().toPlainString())
                .containsExactly("16.00", "16.00", "8.00", "16.00");
        assertThat(weeks)
                .extracting(week ->
                        week.getJsonNumber("bookedHours").bigDecimalValue().toPlainString())
                .as("two hours a week across the clock change; the meeting's 1.5 h; turnaround not counted")
                .containsExactly("3.50", "2.00", "2.00", "2.00");
        assertThat(weeks)
                .extracting(
                        week -> week.getJsonNumber("percent").bigDecimalValue().toPlainString())
                .containsExactly("21.9", "12.5", "25.0", "12.5");

        JsonObject after = report("/api/reports/activity?" + period);
        JsonObject classBefore = row(before, "byActivityType", "type", "class");
        JsonObject classAfter = row(after, "byActivityType", "type", "class");
        assertThat(number(classAfter, "sessions") - number(classBefore, "sessions"))
                .isEqualTo(4);
        assertThat(classAfter
                        .getJsonNumber("hours")
                        .bigDecimalValue()
                        .subtract(classBefore.getJsonNumber("hours").bigDecimalValue()))
                .isEqualByComparingTo("8.00");
        assertThat(number(classAfter, "recordedSessions") - number(classBefore, "recordedSessions"))
                .isEqualTo(3);
        assertThat(number(classAfter, "attendances") - number(classBefore, "attendances"))
                .isEqualTo(31);
        assertThat(number(classAfter, "newPeople") - number(classBefore, "newPeople"))
                .isEqualTo(3);
        JsonObject hubBefore = row(before, "byOrganisationType", "organisationType", "hub");
        JsonObject hubAfter = row(after, "byOrganisationType", "organisationType", "hub");
        assertThat(number(hubAfter, "sessions") - number(hubBefore, "sessions"))
                .as("the meeting; not the talk called off")
                .isEqualTo(1);
        assertThat(number(after.getJsonObject("total"), "attendances")
                        - number(before.getJsonObject("total"), "attendances"))
                .isEqualTo(31);

        HttpResponse<String> csv = HUB.get(
                "/api/reports/utilisation.csv?from=" + monday + "&to=" + sunday.plusDays(14),
                "staff",
                HubClient.DEMO_PASSWORD,
                "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains("attachment", ".csv");
        assertThat(csv.body()).startsWith("\uFEFFRoom,Week,Open hours,Booked hours,Percent booked\r\n");
        assertThat(csv.body().split("\r\n"))
                .filteredOn(line -> line.contains("Studio ") && line.contains(",8.00,"))
                .singleElement()
                .asString()
                .endsWith(",8.00,2.00,25.0");
        HttpResponse<String> activityCsv =
                HUB.get("/api/reports/activity.csv?" + period, "staff", HubClient.DEMO_PASSWORD, "text/csv");
        assertThat(activityCsv.body())
                .startsWith(
                        "\uFEFFGrouping,Activity type,Organisation type,Month,Sessions,Hours,Sessions recorded,Attendances,New people\r\n");
        assertThat(activityCsv.body())
                .contains("\r\nActivity type,class,,,", "\r\nOrganisation type,,hub,,", "\r\nTotal,,,,");

        JsonObject impact = report("/api/reports/impact?" + period);
        assertThat(impact.getJsonNumber("attendances").longValue()
                        - impactBefore.getJsonNumber("attendances").longValue())
                .isEqualTo(31);
        assertThat(impact.getString("from")).isEqualTo(monday.toString());
        byte[] pdf = bytes("/api/reports/impact?" + period, "application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            DateTimeFormatter words = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
            assertThat(text)
                    .contains(
                            "Impact report",
                            words.format(monday) + " to " + words.format(sunday.plusDays(14)),
                            String.format(
                                    Locale.UK,
                                    "%,d attendances",
                                    impact.getJsonNumber("attendances").longValue()),
                            impact.getString("hubName"));
        }

        try (Browser polish = new Browser(HUB)) {
            // the switcher: for someone signed in it is their account's choice too, given back after
            polish.signIn("staff").open("/spaces.xhtml").submit("language-pl");
            try {
                polish.open("/staff/reports.xhtml?" + period);
                assertThat(polish.heading()).isEqualTo("Raporty");
                assertThat(polish.all(By.cssSelector("#utilisation tbody tr")))
                        .extracting(WebElement::getText)
                        .filteredOn(row -> row.contains("Studio "))
                        .anySatisfy(row -> assertThat(row).contains("21,9%", "12,5%", "25,0%"));
                assertThat(polish.pageText())
                        .as("hours and shares written with a decimal comma, as in Polish")
                        .doesNotContainPattern("\\d\\.\\d");
                polish.follow("impactLink");
                assertThat(polish.pageText()).doesNotContainPattern("\\d\\.\\d");
            } finally {
                polish.submit("language-en-GB");
            }
        }
    }

    @Test
    void theDemoTermHasBelievableAttendanceAndSomeSessionsLeftToFollowUp() throws SQLException {
        LocalDate today = LocalDate.now(HubTime.ZONE);
        JsonObject activity = report("/api/reports/activity?from=" + today.minusWeeks(5) + "&to=" + today);
        JsonObject youth = row(activity, "byActivityType", "type", "youth_work");
        assertThat(number(youth, "recordedSessions")).isPositive();
        assertThat(number(youth, "attendances"))
                .as("about as many as the youth clubs expect, never beyond the hall")
                .isBetween(15 * number(youth, "recordedSessions"), 60 * number(youth, "recordedSessions"));
        assertThat(number(youth, "newPeople")).isPositive().isLessThan(number(youth, "attendances"));
        JsonObject clinics = row(activity, "byActivityType", "type", "clinic");
        assertThat(number(clinics, "attendances")).isPositive();
        assertThat(number(clinics, "newPeople"))
                .as("a clinic records a count only")
                .isZero();

        List<JsonObject> notRecorded = HubClient.array(
                        HUB.get("/api/attendance/not-recorded", "staff", HubClient.DEMO_PASSWORD))
                .getValuesAs(JsonObject.class);
        assertThat(notRecorded)
                .as("a few demo sessions are left for follow-up")
                .anySatisfy(session -> assertThat(session.getString("date")).isLessThan(today.toString()));

        try (Connection database = HubDatabase.readOnly();
                PreparedStatement bands = database.prepareStatement("""
                        select sum(ab.head_count), sum(a.head_count) from attendance a
                        join attendance_band ab on ab.attendance_id = a.id
                        join occurrence o on o.id = a.occurrence_id join booking b on b.id = o.booking_id
                        where b.title = 'Youth club' and ab.tag = 'young people 11-18'""");
                ResultSet sums = bands.executeQuery()) {
            assertThat(sums.next()).isTrue();
            assertThat(sums.getInt(1))
                    .as("the youth club's attendance by its audience band")
                    .isPositive()
                    .isEqualTo(sums.getInt(2));
        }
    }

    @Test
    void theImpactPdfIsInTheReadersLanguageWithPolishLettersShownAsWritten() throws IOException {
        String email = HubClient.object(HUB.get("/api/me", "admin", HubClient.DEMO_PASSWORD))
                .getString("email");
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 3, 31);
        assertThat(HUB.put("/api/me", "{\"language\": \"pl\", \"email\": \"" + email + "\"}", "admin")
                        .statusCode())
                .isEqualTo(200);
        String text;
        try {
            byte[] pdf = bytes("/api/reports/impact?from=" + from + "&to=" + to, "application/pdf", "admin");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                text = new PDFTextStripper().getText(document);
            }
        } finally {
            assertThat(HUB.put("/api/me", "{\"language\": \"en\", \"email\": \"" + email + "\"}", "admin")
                            .statusCode())
                    .isEqualTo(200);
        }
        assertThat(text)
                .as("the bundle's Polish, its dates and money, every letter embedded in the PDF")
                .contains(
                        "Raport o wpływie",
                        "od 1 stycznia 2025 do 31 marca 2025",
                        "Co działo się w centrum",
                        "Godziny korzystania przez społeczność według rodzaju działań",
                        "Przychody razem: 0,00 £",
                        "styczeń 2025")
                .doesNotContain("Impact report", "wp?yw");
        byte[] english = bytes("/api/reports/impact?from=" + from + "&to=" + to, "application/pdf", "admin");
        try (PDDocument document = Loader.loadPDF(english)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Impact report", "1 January 2025 to 31 March 2025", "Total income: \u00a30.00");
        }
    }

    @Test
    void attendanceOutsideSenseIsRefusedAndChangesNothing() {
        long room = ChargesChecks.newRoom();
        LocalDateTime morning =
                TestDates.fromToday().ordinaryMorning().minusDays(1).withHour(7).withMinute(30);
        LocalDate day = morning.toLocalDate();
        long booked;
        try (ServerClock pinned = ServerClock.pinAt(morning)) {
            booked = ChargesChecks.book("staff", room, null, "Drop-in", day.atTime(8, 0), day.atTime(9, 0));
            HttpResponse<String> early = attendance(booked, day, "{\"count\": 5}", "staff");
            assertThat(early.statusCode()).isEqualTo(400);
            assertThat(early.body()).contains("has not begun yet");
        }
        assertThat(attendance(booked, day, "{\"count\": 7, \"newCount\": 2}", "staff")
                        .statusCode())
                .isEqualTo(200);

        assertThat(attendance(booked, day, "{\"count\": -1}", "staff").statusCode())
                .isEqualTo(400);
        HttpResponse<String> tooMany = attendance(booked, day, "{\"count\": 41}", "staff");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(HubClient.object(tooMany)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo("count");
        HttpResponse<String> moreNew = attendance(booked, day, "{\"count\": 3, \"newCount\": 4}", "staff");
        assertThat(HubClient.object(moreNew)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo("newCount");
        assertThat(attendance(booked, day, "{\"count\": \"lots\"}", "staff").statusCode())
                .isEqualTo(400);
        assertThat(attendance(booked, day.plusDays(1), "{\"count\": 3}", "staff")
                        .statusCode())
                .isEqualTo(404);

        JsonObject kept = report("/api/bookings/" + booked + "/occurrences/" + day + "/attendance");
        assertThat(kept.getInt("count")).isEqualTo(7);
        assertThat(kept.getInt("newCount")).isEqualTo(2);
        assertThat(attendance(booked, day, "{\"count\": 3}", "youth").statusCode())
                .as("another organisation's")
                .isEqualTo(404);
        assertThat(HUB.get("/api/reports/impact?from=2027-03-01&to=2027-02-01", "staff", HubClient.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(400);
        assertThat(HUB.get("/api/reports/utilisation?from=2020-01-01&to=2027-02-01", "staff", HubClient.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aTenantRecordsItsOwnSessionsOnlyAndSeesOnlyItsOwnNotRecorded() {
        long room = ChargesChecks.newRoom();
        LocalDateTime morning =
                TestDates.fromToday().ordinaryMorning().minusDays(1).withHour(7).withMinute(0);
        LocalDate day = morning.toLocalDate();
        long theirs;
        long staffs;
        try (ServerClock pinned = ServerClock.pinAt(morning)) {
            theirs = ChargesChecks.book("youth", room, null, "Youth forum", day.atTime(10, 0), day.atTime(11, 0));
            HUB.post("/api/bookings/" + theirs + "/approve", "", "staff");
            staffs = ChargesChecks.book("staff", room, null, "Hub drop-in", day.atTime(12, 0), day.atTime(13, 0));
        }

        List<JsonObject> youthList = HubClient.array(
                        HUB.get("/api/attendance/not-recorded?from=" + day, "youth", HubClient.DEMO_PASSWORD))
                .getValuesAs(JsonObject.class);
        assertThat(youthList)
                .extracting(row -> row.getJsonNumber("bookingId").longValue())
                .contains(theirs)
                .doesNotContain(staffs);
        assertThat(HubClient.array(
                                HUB.get("/api/attendance/not-recorded?from=" + day, "staff", HubClient.DEMO_PASSWORD))
                        .getValuesAs(JsonObject.class))
                .extracting(row -> row.getJsonNumber("bookingId").longValue())
                .contains(theirs, staffs);

        assertThat(attendance(theirs, day, "{\"count\": 14, \"newCount\": 5}", "youth")
                        .statusCode())
                .isEqualTo(200);
        assertThat(attendance(staffs, day, "{\"count\": 3}", "youth").statusCode())
                .isEqualTo(404);
        assertThat(attendance(theirs, day, "{\"count\": 1}", "camhs").statusCode())
                .isEqualTo(404);
        assertThat(HUB.get(
                                "/api/bookings/" + theirs + "/occurrences/" + day + "/attendance",
                                "camhs",
                                HubClient.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(404);
        assertThat(HubClient.array(
                                HUB.get("/api/attendance/not-recorded?from=" + day, "youth", HubClient.DEMO_PASSWORD))
                        .getValuesAs(JsonObject.class))
                .extracting(row -> row.getJsonNumber("bookingId").longValue())
                .doesNotContain(theirs);
    }

    @Test
    void theNotRecordedListReachesPastTheLatestSessionsWhenTheyAreRecorded() {
        long room = ChargesChecks.newRoom();
        LocalDate day = TestDates.fromToday().quietWednesdayAYearAgo();
        long earlier;
        long later;
        try (ServerClock pinned = ServerClock.pinAt(day.atTime(6, 0))) {
            earlier = ChargesChecks.book("staff", room, null, "Coffee morning", day.atTime(7, 0), day.atTime(8, 0));
            later = ChargesChecks.book("staff", room, null, "Coffee morning", day.atTime(8, 30), day.atTime(9, 30));
        }
        assertThat(attendance(later, day, "{\"count\": 9}", "staff").statusCode())
                .isEqualTo(200);

        try (ServerClock pinned = ServerClock.pinAt(day.atTime(12, 0))) {
            HttpResponse<String> latest =
                    HUB.get("/api/attendance/not-recorded?from=" + day + "&limit=1", "staff", HubClient.DEMO_PASSWORD);
            assertThat(latest.statusCode()).as(latest.body()).isEqualTo(200);
            assertThat(HubClient.array(latest).getValuesAs(JsonObject.class))
                    .as("the latest session is recorded, so the one not recorded before it")
                    .extracting(row -> row.getJsonNumber("bookingId").longValue())
                    .containsExactly(earlier);
        }
        for (String limit : List.of("0", "2001", "-1", "many")) {
            HttpResponse<String> refused = HUB.get(
                    "/api/attendance/not-recorded?from=" + day + "&limit=" + limit, "staff", HubClient.DEMO_PASSWORD);
            assertThat(refused.statusCode()).as(limit).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void peopleRecordingOneSessionAtOnceAreEachAnsweredPlainlyAndOneCountIsKept() throws Exception {
        long room = ChargesChecks.newRoom();
        LocalDate day = TestDates.fromToday().ordinaryMorning().toLocalDate().minusDays(2);
        long booked;
        try (ServerClock pinned = ServerClock.pinAt(day.atTime(7, 30))) {
            booked = ChargesChecks.book("staff", room, null, "Coffee morning", day.atTime(8, 0), day.atTime(9, 0));
        }
        // the first recording of the session, then a change of it: each made by eight people at once
        for (int round = 0; round < 2; round++) {
            int first = 10 + 10 * round;
            List<HttpResponse<String>> answers = Race.race(IntStream.range(first, first + 8)
                    .mapToObj(count -> (Callable<HttpResponse<String>>)
                            () -> attendance(booked, day, "{\"count\": " + count + "}", "staff"))
                    .toList());

            assertThat(answers)
                    .allSatisfy(answer ->
                            assertThat(answer.statusCode()).as(answer.body()).isIn(200, 409));
            assertThat(Race.count(answers, 200)).isPositive();
            answers.stream().filter(answer -> answer.statusCode() == 409).forEach(refused -> {
                assertThat(refused.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(refused.body()).contains("Someone else changed this at the same moment");
            });
            int kept = report("/api/bookings/" + booked + "/occurrences/" + day + "/attendance")
                    .getInt("count");
            assertThat(answers.stream()
                            .filter(answer -> answer.statusCode() == 200)
                            .map(answer -> HubClient.object(answer).getInt("count")))
                    .as("the count kept is one that was answered as saved")
                    .contains(kept);
        }
    }

    @Test
    void staffRecordOtherIncomeAndTheImpactReportShowsTheLargestSource() {
        String month = "2019-0" + (1 + (int) (Math.random() * 9));
        String period =
                "from=" + month + "-01&to=" + java.time.YearMonth.parse(month).atEndOfMonth();
        HttpResponse<String> grant = HUB.post(
                "/api/income",
                "{\"month\": \"" + month + "\", \"source\": \"grant\", \"amount\": 6000.00, \"note\": \"Lottery\"}",
                "staff");
        assertThat(grant.statusCode()).as(grant.body()).isEqualTo(201);
        assertThat(grant.headers().firstValue("Location")).isPresent();
        long cafe = HubClient.object(HUB.post(
                        "/api/income",
                        "{\"month\": \"" + month + "\", \"source\": \"cafe\", \"amount\": 4000}",
                        "staff"))
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> refused = HUB.post(
                "/api/income", "{\"month\": \"" + month + "\", \"source\": \"grant\", \"amount\": -5}", "staff");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(HubClient.object(refused)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo("amount");
        assertThat(HUB.post(
                                "/api/income",
                                "{\"month\": \"" + month + "\", \"source\": \"lottery\", \"amount\": 5}",
                                "staff")
                        .statusCode())
                .isEqualTo(400);

        List<JsonObject> listed = HubClient.array(
                        HUB.get("/api/income?from=" + month + "&to=" + month, "staff", HubClient.DEMO_PASSWORD))
                .getValuesAs(JsonObject.class);
        assertThat(listed)
                .extracting(entry -> entry.getString("source") + " "
                        + entry.getJsonNumber("amount").bigDecimalValue().toPlainString())
                .containsExactlyInAnyOrder("grant 6000.00", "cafe 4000.00");
        JsonObject income = report("/api/reports/impact?" + period).getJsonObject("income");
        assertThat(income.getString("largestSource")).isEqualTo("grant");
        assertThat(income.getJsonNumber("largestShare").bigDecimalValue()).isEqualByComparingTo("60.0");

        assertThat(HUB.delete("/api/income/" + cafe, "staff").statusCode()).isEqualTo(204);
        assertThat(HUB.delete("/api/income/" + cafe, "staff").statusCode()).isEqualTo(404);
        assertThat(report("/api/reports/impact?" + period)
                        .getJsonObject("income")
                        .getJsonNumber("largestShare")
                        .bigDecimalValue())
                .isEqualByComparingTo("100.0");
    }

    @Test
    void staffRecordAttendanceFromTodayAtTheHubWithOneFieldAndEnterThenOpenTheReports() throws IOException {
        long room = ChargesChecks.newRoom();
        LocalDate day = TestDates.fromToday().ordinaryMorning().toLocalDate().minusDays(2);
        long booked;
        try (ServerClock pinned = ServerClock.pinAt(day.atTime(7, 30))) {
            booked = ChargesChecks.book(
                    "staff", room, null, "Parent and toddler group", day.atTime(8, 0), day.atTime(9, 0));
        }
        try (ServerClock pinned = ServerClock.pinAt(day.atTime(9, 5));
                Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/staff/today.xhtml");
            By field = By.cssSelector("#session-" + booked + "-" + day + " input[type=text]");
            browser.driver().findElement(field).sendKeys("23");
            browser.enter(field);
            assertThat(browser.pageText()).contains("Saved: 23 came to Parent and toddler group.");
            assertThat(browser.text("session-" + booked + "-" + day)).contains("23 came");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.driver().findElement(field).sendKeys("-4", Keys.ENTER);
            browser.waitForTextContaining(
                    "session-" + booked + "-" + day, "Enter how many came as a number from 0 to 40");
        }
        assertThat(report("/api/bookings/" + booked + "/occurrences/" + day + "/attendance")
                        .getInt("count"))
                .isEqualTo(23);

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/staff/reports.xhtml?from=" + day.minusDays(6) + "&to=" + day);
            assertThat(browser.heading()).isEqualTo("Reports");
            assertThat(browser.text("utilisation")).contains("Hire room");
            assertThat(browser.all(By.cssSelector("#hoursChart canvas, #hoursChart")))
                    .isNotEmpty();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.follow("impactLink");
            assertThat(browser.text("impactPeriod")).contains(" to ");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            String href = browser.driver().findElement(By.id("impactPdf")).getDomAttribute("href");
            try (PDDocument document =
                    Loader.loadPDF(bytes(href.substring(href.indexOf("/api/")), "application/pdf"))) {
                assertThat(new PDFTextStripper().getText(document)).contains("Impact report");
            }
            browser.open("/bookings/attendance.xhtml?booking=" + booked);
            assertThat(browser.text("sessions")).contains("23 came");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.open("/staff/income.xhtml");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    private static byte[] bytes(String path, String accept) {
        return bytes(path, accept, "staff");
    }

    private static byte[] bytes(String path, String accept, String username) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(HUB.uri(path.replaceFirst("^/hub-web", "")))
                                    .header("Authorization", HubClient.basic(username, HubClient.DEMO_PASSWORD))
                                    .header("Accept", accept)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/pdf");
            return response.body();
        } catch (IOException | InterruptedException failed) {
            throw new AssertionError(failed);
        }
    }
}

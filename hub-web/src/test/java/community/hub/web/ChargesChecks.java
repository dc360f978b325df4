package community.hub.web;

import static community.hub.web.BookingsApiChecks.approve;
import static community.hub.web.BookingsApiChecks.postBooking;
import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Room-hire charges through the running hub, to the penny. Each test hires a room of its own (standard rate
 * £30.00, community £12.50 an hour, open every day) so nothing else booked in the shared database changes its sums.
 */
abstract class ChargesChecks {

    /** A room of its own, open every day 07:00-22:00, that tenants may book. */
    static long newRoom() {
        String slug = RoomsApiChecks.unique("hire");
        return newRoom(slug, "Hire room " + slug, "First floor", "07:00", "22:00", 30);
    }

    /** A room for 20 that tenants may book, open every day between the times, for bookings of the shortest length on. */
    static long newRoom(String slug, String name, String floor, String opens, String closes, int shortestMinutes) {
        String everyDay = String.join(
                ", ",
                List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday").stream()
                        .map(day -> "{\"day\": \"" + day + "\", \"opens\": \"" + opens + "\", \"closes\": \"" + closes
                                + "\"}")
                        .toList());
        HttpResponse<String> created =
                HUB.post("/api/rooms", """
                {"slug": "%s", "name": "%s", "capacity": 20, "floor": "%s", "features": [],
                 "openingHours": [%s], "turnaroundMinutes": 0, "minimumBookingMinutes": %d, "maximumBookingMinutes": 480,
                 "standardHourlyRate": 30.00, "communityHourlyRate": 12.50, "bookableByTenants": true}
                """.formatted(slug, name, floor, everyDay, shortestMinutes), "admin");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return HubClient.object(created).getJsonNumber("id").longValue();
    }

    /** An organisation of its own on the given band with some included hours a month. */
    static long newOrganisation(String band, int includedHours) {
        HttpResponse<String> created = HUB.post(
                "/api/organisations",
                organisation(RoomsApiChecks.unique("Charges test group"), band, includedHours),
                "admin");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return HubClient.object(created).getJsonNumber("id").longValue();
    }

    private static String organisation(String name, String band, int includedHours) {
        return """
                {"name": "%s", "type": "community_group", "rateBand": "%s", "monthlyIncludedHours": %d,
                 "bookingWindowDays": 90, "autoApprove": false}
                """.formatted(name, band, includedHours);
    }

    static long book(
            String username, long room, Long organisation, String title, LocalDateTime start, LocalDateTime end) {
        String owner = organisation == null ? "" : "\"organisationId\": " + organisation;
        HttpResponse<String> booked =
                postBooking(username, BookingsApiChecks.booking(room, title, start.toString(), end.toString(), owner));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return HubClient.object(booked).getJsonNumber("id").longValue();
    }

    static JsonObject charges(String query, String username) {
        HttpResponse<String> response = HUB.get("/api/charges?" + query, username, HubClient.DEMO_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return HubClient.object(response);
    }

    private static JsonObject lineFor(JsonObject statement, long bookingId) {
        return statement.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getJsonNumber("bookingId").longValue() == bookingId)
                .findFirst()
                .orElseThrow();
    }

    private static BigDecimal money(JsonObject object, String field) {
        return object.getJsonNumber(field).bigDecimalValue();
    }

    @Test
    void includedHoursComeFirstAndTheRestIsChargedAtTheBandsRateToThePenny() {
        long room = newRoom();
        long group = newOrganisation("community", 2);
        LocalDate second = TestDates.fromToday().inMonth(14, 2, DayOfWeek.TUESDAY);
        YearMonth month = YearMonth.from(second);
        LocalDate third = second.plusWeeks(1);
        long first = book("staff", room, group, "Craft morning", second.atTime(10, 0), second.atTime(11, 30));
        long next = book("staff", room, group, "Craft afternoon", third.atTime(14, 0), third.atTime(15, 45));
        long declined = book("staff", room, group, "Cancelled by the hub", third.atTime(17, 0), third.atTime(18, 0));
        assertThat(HUB.delete("/api/bookings/" + declined, "staff").statusCode())
                .isEqualTo(200);

        JsonObject statement = charges("organisationId=" + group + "&month=" + month, "staff");

        assertThat(statement.getJsonNumber("organisationId").longValue()).isEqualTo(group);
        assertThat(statement.getString("month")).isEqualTo(month.toString());
        assertThat(statement.getInt("includedHours")).isEqualTo(2);
        assertThat(statement.getJsonArray("lines")).hasSize(2);
        JsonObject morning = lineFor(statement, first);
        assertThat(morning.getString("date")).isEqualTo(second.toString());
        assertThat(morning.getString("room")).startsWith("Hire room");
        assertThat(money(morning, "hours")).isEqualByComparingTo("1.50");
        assertThat(money(morning, "rate")).isEqualByComparingTo("12.50");
        assertThat(money(morning, "amount")).isEqualByComparingTo("0.00");
        assertThat(money(morning, "standardAmount")).isEqualByComparingTo("45.00");
        JsonObject afternoon = lineFor(statement, next);
        assertThat(money(afternoon, "hours")).isEqualByComparingTo("1.75");
        assertThat(money(afternoon, "includedHours")).isEqualByComparingTo("0.50");
        assertThat(money(afternoon, "amount"))
                .as("75 minutes at £12.50, half a penny rounded up")
                .isEqualByComparingTo("15.63");
        assertThat(money(afternoon, "standardAmount")).isEqualByComparingTo("52.50");
        assertThat(money(statement, "total")).isEqualByComparingTo("15.63");
        assertThat(money(statement, "subsidy")).isEqualByComparingTo("81.87");
    }

    @Test
    void theStandardAndFreeBandsChargeFullRateAndNothing() {
        long room = newRoom();
        long group = newOrganisation("standard", 0);
        LocalDate day = TestDates.fromToday().inMonth(15, 2, DayOfWeek.WEDNESDAY);
        YearMonth month = YearMonth.from(day);
        book("staff", room, group, "Training day", day.atTime(9, 0), day.atTime(11, 20));

        JsonObject standard = charges("organisationId=" + group + "&month=" + month, "staff");
        assertThat(money(standard, "total")).isEqualByComparingTo("70.00");
        assertThat(money(standard, "subsidy")).isEqualByComparingTo("0.00");

        HttpResponse<String> madeFree = HUB.put(
                "/api/organisations/" + group, organisation("Charges test group free " + group, "free", 0), "admin");
        assertThat(madeFree.statusCode()).as(madeFree.body()).isEqualTo(200);
        JsonObject free = charges("organisationId=" + group + "&month=" + month, "staff");
        assertThat(money(free, "total")).isEqualByComparingTo("0.00");
        assertThat(money(free, "subsidy")).isEqualByComparingTo("70.00");
    }

    @Test
    void aDateTheTenantCallsOffInsideTheCutOffIsStillChargedAndOneCalledOffEarlierIsNot() {
        long room = newRoom();
        LocalDateTime now = TestDates.fromToday().ordinaryMorning();
        LocalDateTime soon = now.plusHours(2);
        LocalDateTime later = soon.plusDays(5);
        long late;
        long early;
        try (ServerClock pinned = ServerClock.pinAt(now)) {
            late = book("camhs", room, null, "Team meeting", soon, soon.plusHours(1));
            early = book("camhs", room, null, "Planning day", later, later.plusHours(1));
            approve(late);
            approve(early);

            assertThat(HUB.delete("/api/bookings/" + late, "camhs").statusCode())
                    .isEqualTo(200);
            assertThat(HUB.delete("/api/bookings/" + early, "camhs").statusCode())
                    .isEqualTo(200);
        }

        JsonObject statement = charges("month=" + YearMonth.from(soon), "camhs");
        JsonObject charged = lineFor(statement, late);
        assertThat(charged.getBoolean("cancelledLate")).isTrue();
        assertThat(money(charged, "rate")).isEqualByComparingTo("30.00");
        assertThat(money(charged, "amount")).isEqualByComparingTo("30.00");
        assertThat(money(charged, "standardAmount")).isEqualByComparingTo("30.00");
        JsonObject laterMonth = charges("month=" + YearMonth.from(later), "camhs");
        assertThat(laterMonth.getJsonArray("lines").getValuesAs(JsonObject.class))
                .noneMatch(line -> line.getJsonNumber("bookingId").longValue() == early);
    }

    @Test
    void aDateThatTookPlaceStaysChargedAndNobodyCallsItOffOrMovesItAfterwards() {
        long room = newRoom();
        LocalDateTime held = TestDates.fromToday().ordinaryMorning();
        long meeting;
        try (ServerClock pinned = ServerClock.pinAt(held.minusDays(3))) {
            meeting = book("camhs", room, null, "Team meeting", held, held.plusHours(1));
            approve(meeting);
        }
        String date = "/api/bookings/" + meeting + "/occurrences/" + held.toLocalDate();

        for (String who : List.of("camhs", "staff")) {
            HttpResponse<String> refused = HUB.delete(date, who);
            assertThat(refused.statusCode()).as(who + ": " + refused.body()).isEqualTo(409);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("has begun or taken place already");
            LocalDateTime later = held.plusWeeks(5);
            HttpResponse<String> notMoved = HUB.put(date, """
                    {"start": "%s", "end": "%s"}""".formatted(later, later.plusHours(1)), who);
            assertThat(notMoved.statusCode()).as(who + ": " + notMoved.body()).isEqualTo(409);
            assertThat(notMoved.body()).contains("has begun or taken place already");
        }
        JsonObject line = lineFor(charges("month=" + YearMonth.from(held), "camhs"), meeting);
        assertThat(line.getBoolean("cancelledLate")).isFalse();
        assertThat(money(line, "amount")).as("still charged: it took place").isEqualByComparingTo("30.00");

        try (Browser tenant = new Browser(HUB)) {
            tenant.signIn("camhs").open("/bookings/booking.xhtml?id=" + meeting);
            assertThat(tenant.text("occurrences")).contains("Confirmed");
            assertThat(tenant.all(By.cssSelector("#occurrences input[type=submit]")))
                    .as("no button offers to cancel a date that took place")
                    .isEmpty();
        }
    }

    @Test
    void aTenantBooksWithinItsWindowIsRefusedBeyondItAndSeesItsAllowanceGoDown() {
        long room = newRoom();
        LocalDate day = TestDates.weekdayInDays(10);
        YearMonth month = YearMonth.from(day);
        JsonObject before = charges("month=" + month, "youth");

        long booked = book("youth", room, null, "Youth forum", day.atTime(18, 0), day.atTime(20, 0));
        LocalDate tooFar = TestDates.weekdayInDays(130);
        HttpResponse<String> refused = postBooking(
                "youth",
                BookingsApiChecks.booking(
                        room,
                        "Summer camp planning",
                        tooFar.atTime(18, 0).toString(),
                        tooFar.atTime(19, 0).toString(),
                        ""));

        JsonObject after = charges("month=" + month, "youth");
        assertThat(money(after, "usedHours"))
                .isEqualByComparingTo(money(before, "usedHours").add(new BigDecimal("2.00")));
        assertThat(money(after, "includedHoursLeft"))
                .isEqualByComparingTo(money(before, "includedHoursLeft")
                        .subtract(new BigDecimal("2.00"))
                        .max(BigDecimal.ZERO));
        assertThat(lineFor(after, booked).getString("title")).isEqualTo("Youth forum");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonObject problem = HubClient.object(refused);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("start");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("Youth Service can book up to 120 days ahead. Choose an earlier date or ask the hub.");
    }

    @Test
    void theStatementDownloadsAsCsvThatOpensInExcel() {
        long room = newRoom();
        long group = newOrganisation("community", 0);
        LocalDate day = TestDates.fromToday().inMonth(16, 1, DayOfWeek.THURSDAY);
        YearMonth month = YearMonth.from(day);
        book("staff", room, group, "=Coffee, cake and chat", day.atTime(10, 0), day.atTime(11, 0));

        HttpResponse<String> csv = HUB.get(
                "/api/charges/statement.csv?organisationId=" + group + "&month=" + month,
                "staff",
                HubClient.DEMO_PASSWORD,
                "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains("attachment", ".csv");
        assertThat(csv.body()).startsWith("\uFEFFOrganisation,Month,Date");
        assertThat(csv.body()).endsWith("\r\n").doesNotContain("Total");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines)
                .as("the header and one line per date: no total line for a SUM to count twice")
                .hasSize(2);
        assertThat(lines[1])
                .contains(
                        day.toString(),
                        "10:00",
                        "\"'=Coffee, cake and chat\"",
                        "1.00",
                        "12.50",
                        "30.00",
                        "\"=\"\"" + month + "\"\"\"");
    }

    @Test
    void staffSeeWhatTheHubEarnsAndGivesByTypeOfOrganisation() {
        long room = newRoom();
        long group = newOrganisation("community", 0);
        LocalDate day = TestDates.weekdayInDays(20);
        YearMonth month = YearMonth.from(day);
        JsonObject before = communityGroups(month);

        book("staff", room, group, "Coffee morning", day.atTime(10, 0), day.atTime(12, 0));

        JsonObject after = communityGroups(month);
        assertThat(money(after, "charged"))
                .isEqualByComparingTo(money(before, "charged").add(new BigDecimal("25.00")));
        assertThat(money(after, "subsidy"))
                .isEqualByComparingTo(money(before, "subsidy").add(new BigDecimal("35.00")));
        assertThat(HUB.get("/api/charges/income", "youth", HubClient.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(403);
    }

    private static JsonObject communityGroups(YearMonth month) {
        HttpResponse<String> income =
                HUB.get("/api/charges/income?from=" + month + "&to=" + month, "staff", HubClient.DEMO_PASSWORD);
        assertThat(income.statusCode()).as(income.body()).isEqualTo(200);
        return HubClient.array(income).getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("organisationType").equals("community_group"))
                .findFirst()
                .orElseThrow();
    }
}

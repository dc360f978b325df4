package community.hub.web;

import static community.hub.web.BookingsApiChecks.at;
import static community.hub.web.BookingsApiChecks.booking;
import static community.hub.web.BookingsApiChecks.once;
import static community.hub.web.BookingsApiChecks.postBooking;
import static community.hub.web.HubIT.HUB;
import static community.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input the hub once took leniently, each refused now with a problem and nothing changed: no body where one belongs,
 * JSON of the wrong shape or with something after it, a field the request does not have, fractions for whole numbers, control characters in text, a
 * declared charset other than UTF-8, yes-or-no parameters that are neither, dates far outside any sensible range.
 * And wrong passwords counted by where they come from, so a guesser cannot lock anyone else out.
 */
abstract class StrictInputChecks {

    @Test
    void noBodyOrNullNeverEmptiesAVolunteersAvailabilityOrTheCafesUsualWeek() {
        String availability =
                HUB.get("/api/rota/me", "sam", HubClient.DEMO_PASSWORD).body();
        String pattern =
                HUB.get("/api/rota/pattern", "staff", HubClient.DEMO_PASSWORD).body();

        for (String body : List.of("", "null", " null ", "{}")) {
            assertProblem(HUB.sendAs("PUT", "/api/rota/me/availability", body, "application/json", "sam"), 400);
            assertProblem(HUB.sendAs("PUT", "/api/rota/pattern", body, "application/json", "staff"), 400);
        }
        assertProblem(HUB.sendAs("PUT", "/api/rota/me/availability", "", "", "sam"), 400);

        assertThat(HUB.get("/api/rota/me", "sam", HubClient.DEMO_PASSWORD).body())
                .isEqualTo(availability);
        assertThat(HUB.get("/api/rota/pattern", "staff", HubClient.DEMO_PASSWORD)
                        .body())
                .isEqualTo(pattern);
    }

    @Test
    void jsonOfTheWrongShapeIsRefusedAndNothingIsBooked() {
        long room = ChargesChecks.newRoom();
        LocalDate day = TestDates.inLane(TestDates.Lane.BOOKINGS, 2, DayOfWeek.TUESDAY, 1);
        String title = RoomsApiChecks.unique("Lenient");
        String good = once(room, title, day, "10:00", "11:00");

        assertProblem(postBooking("staff", "[" + good + "]"), 400);
        assertProblem(postBooking("staff", good + " {\"and\": \"more\"}"), 400);
        assertProblem(postBooking("staff", good + " garbage"), 400);
        assertProblem(
                postBooking("staff", good.replace("\"expectedAttendance\": 4", "\"expectedAttendance\": 5.5")), 400);
        assertProblem(
                postBooking("staff", good.replace("\"expectedAttendance\": 4", "\"expectedAttendance\": 99999999999")),
                400);
        assertProblem(postBooking("staff", once(room, title + "\\u0000", day, "10:00", "11:00")), 400);
        assertProblem(postBooking("staff", once(room, title + "\\u0007", day, "10:00", "11:00")), 400);
        assertProblem(HUB.sendAs("POST", "/api/bookings", good, "application/json; charset=ISO-8859-1", "staff"), 415);
        HttpResponse<String> unknownField = postBooking("staff", good.replaceFirst("\\{", "{\"colour\": \"red\", "));
        assertProblem(unknownField, 400);
        assertThat(unknownField.body()).contains("colour");
        HttpResponse<String> unknownNested = postBooking(
                "staff",
                booking(
                        room,
                        title,
                        at(day, "10:00"),
                        at(day, "11:00"),
                        "\"recurrence\": {\"frequency\": \"WEEKLY\", \"every\": 2, \"count\": 3}"));
        assertProblem(unknownNested, 400);
        assertThat(unknownNested.body()).contains("recurrence.every");

        assertThat(HUB.get(
                                "/api/bookings?roomId=" + room + "&from=" + day + "&to=" + day.plusDays(1),
                                "staff",
                                "hub-demo")
                        .body())
                .doesNotContain(title);
        HttpResponse<String> fine =
                HUB.sendAs("POST", "/api/bookings", good, "application/json; charset=UTF-8", "staff");
        assertThat(fine.statusCode()).as(fine.body()).isEqualTo(201);
    }

    @Test
    void datesFarOutsideAnySensibleRangeAreRefusedNotStoredOrFailed() {
        long room = ChargesChecks.newRoom();
        String title = RoomsApiChecks.unique("Far away");
        LocalDate tooFar = TestDates.weekdayInDays(6 * 366);

        assertProblem(postBooking("staff", booking(room, title, "9999-03-02T10:00", "9999-03-02T11:00", "")), 400);
        assertProblem(
                postBooking("staff", booking(room, title, "+999999999-03-02T10:00", "+999999999-03-02T11:00", "")),
                400);
        assertProblem(postBooking("staff", once(room, title, tooFar, "10:00", "11:00")), 400);
        LocalDate first = TestDates.inLane(TestDates.Lane.ROOMS_AND_CLOSURES, 3, DayOfWeek.WEDNESDAY, 1);
        assertProblem(
                HUB.post(
                        "/api/closures",
                        "{\"roomId\": " + room + ", \"firstDay\": \"" + first + "\", \"lastDay\": \""
                                + first.plusYears(1000) + "\", \"reason\": \"A long rest\"}",
                        "admin"),
                400);
        assertProblem(
                HUB.get("/api/bookings?from=+999999999-01-01&to=+999999999-02-01", "staff", HubClient.DEMO_PASSWORD),
                400);
        assertProblem(HUB.get("/api/whats-on?from=9999-01-01&to=9999-02-01"), 400);

        assertThat(HUB.get("/api/bookings?roomId=" + room, "staff", "hub-demo").body())
                .doesNotContain(title);
        assertThat(HUB.get("/api/closures", "admin", "hub-demo").body()).doesNotContain("A long rest");
    }

    @Test
    void monthsAndWeeksOutsideTheHubsYearsAreRefusedNotStoredOrMadeUp() {
        String note = RoomsApiChecks.unique("Far-off grant");
        for (String month : List.of("0001-01", "9999-12", "2026-02-30")) {
            Problems.assertRefused(
                    HUB.post(
                            "/api/income",
                            "{\"month\": \"" + month + "\", \"source\": \"grant\", \"amount\": 10, \"note\": \"" + note
                                    + "\"}",
                            "staff"),
                    400,
                    "month",
                    month.equals("2026-02-30") ? "for example 2026-03" : "Choose a month from 2000 to 2099");
        }
        assertThat(HUB.get("/api/change-log?who=staff", "admin", HubClient.DEMO_PASSWORD)
                        .body())
                .doesNotContain("January 0001", "December 9999");

        assertProblem(HUB.get("/api/income?from=0001-01", "staff", HubClient.DEMO_PASSWORD), 400);
        assertProblem(HUB.get("/api/charges/income?to=9999-12", "staff", HubClient.DEMO_PASSWORD), 400);
        assertProblem(HUB.get("/api/charges?organisationId=1&month=0001-01", "staff", HubClient.DEMO_PASSWORD), 400);
        Problems.assertRefused(
                HUB.get("/api/rota?week=9999-W01", "staff", HubClient.DEMO_PASSWORD),
                400,
                "week",
                "Choose a week from 2000 to 2099");
        assertProblem(HUB.post("/api/rota/0001-W01/publish", "", "staff"), 400);
    }

    @Test
    void aValueOfAnotherKindThanItsFieldIsRefusedNotReadAsSomethingElse() {
        String organisation = HUB.get("/api/organisations/2", "admin", HubClient.DEMO_PASSWORD)
                .body();
        String change = """
                {"name": "Youth Service", "type": "council", "rateBand": "community", "monthlyIncludedHours": 20,
                 "bookingWindowDays": 120, "autoApprove": %s}""";

        HttpResponse<String> yes = HUB.put("/api/organisations/2", change.formatted("\"yes\""), "admin");
        Problems.assertRefused(yes, 400, "autoApprove", "true or false");
        assertThat(HubClient.object(yes).getString("title")).isEqualTo("Invalid request");
        assertProblem(HUB.put("/api/organisations/2", change.formatted("1"), "admin"), 400);
        assertProblem(
                HUB.put("/api/organisations/2", change.formatted("false").replace("20,", "\"20\","), "admin"), 400);
        assertProblem(
                HUB.put(
                        "/api/organisations/2",
                        change.formatted("false").replace("\"Youth Service\"", "12345"),
                        "admin"),
                400);
        assertThat(HUB.get("/api/organisations/2", "admin", HubClient.DEMO_PASSWORD)
                        .body())
                .as("nothing of the organisation changed")
                .isEqualTo(organisation);

        String income = "{\"month\": \"2026-01\", \"source\": \"donations\", \"amount\": %s, \"note\": %s}";
        assertProblem(HUB.post("/api/income", income.formatted("\"10\"", "\"Quoted\""), "staff"), 400);
        assertProblem(HUB.post("/api/income", income.formatted("10", "true"), "staff"), 400);
        assertThat(HUB.get("/api/income?from=2026-01&to=2026-01", "staff", HubClient.DEMO_PASSWORD)
                        .body())
                .doesNotContain("Quoted");
    }

    @Test
    void aYesOrNoParameterThatIsNeitherIsRefusedAndCancelsNothing() {
        long room = ChargesChecks.newRoom();
        LocalDate day = TestDates.inLane(TestDates.Lane.BOOKINGS, 3, DayOfWeek.WEDNESDAY, 3);
        HttpResponse<String> series = postBooking(
                "staff",
                booking(
                        room,
                        RoomsApiChecks.unique("Weekly"),
                        at(day, "10:00"),
                        at(day, "11:00"),
                        "\"recurrence\": {\"frequency\": \"weekly\", \"count\": 3}"));
        assertThat(series.statusCode()).as(series.body()).isEqualTo(201);
        long id = HubClient.object(series).getJsonNumber("id").longValue();
        String before =
                HUB.get("/api/bookings/" + id, "staff", HubClient.DEMO_PASSWORD).body();

        assertProblem(
                HUB.delete("/api/bookings/" + id + "/occurrences/" + day.plusWeeks(1) + "?following=maybe", "staff"),
                400);

        assertThat(HUB.get("/api/bookings/" + id, "staff", HubClient.DEMO_PASSWORD)
                        .body())
                .isEqualTo(before);
    }

    @Test
    void aGuesserAtOneAddressLocksNobodyElseOut() {
        String guesser = "203.0.113.9";
        for (int i = 0; i < 10; i++) {
            assertThat(HUB.getFrom("/api/me", "youth", "guess " + i, guesser).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> held = HUB.getFrom("/api/me", "youth", "one more guess", guesser);
        assertProblem(held, 429);

        assertThat(HUB.getFrom("/api/me", "youth", HubClient.DEMO_PASSWORD, "198.51.100.7")
                        .statusCode())
                .as("the Youth Service from its own office")
                .isEqualTo(200);
        assertThat(HUB.getFrom("/api/me", "youth", "a typo", "198.51.100.7").statusCode())
                .as("a wrong password elsewhere is just wrong")
                .isEqualTo(401);
    }
}

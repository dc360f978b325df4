package community.hub.web;

import static community.hub.web.BookingsApiChecks.at;
import static community.hub.web.BookingsApiChecks.booking;
import static community.hub.web.BookingsApiChecks.postBooking;
import static community.hub.web.BookingsApiChecks.roomId;
import static community.hub.web.HubIT.HUB;
import static community.hub.web.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import community.hub.booking.BankHolidays;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A room's availability through the running hub, asked for by anyone without signing in: busy and free times
 * that fill the opening hours exactly, the turnaround after each booking, closures with their reason, and never
 * a private booking's details. Each test books in a week of its own, past the demo term and the booking tests' weeks.
 */
abstract class AvailabilityApiChecks {

    private static LocalDate week(int n, DayOfWeek day) {
        return TestDates.inLane(TestDates.Lane.AVAILABILITY, n, day, 1);
    }

    private static HttpResponse<String> availability(long roomId, String query) {
        return HUB.get("/api/rooms/" + roomId + "/availability" + query);
    }

    private static List<JsonObject> days(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return HubClient.object(response).getJsonArray("days").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> busy(JsonObject day) {
        return day.getJsonArray("busy").getValuesAs(JsonObject.class);
    }

    private static LocalDateTime time(JsonObject stretch, String name) {
        return LocalDateTime.parse(stretch.getString(name));
    }

    private static String staffBooks(
            long roomId, String title, String visibility, LocalDate day, String start, String end) {
        HttpResponse<String> booked = postBooking(
                "staff",
                booking(roomId, title, at(day, start), at(day, end), "")
                        .replace("\"private\"", "\"" + visibility + "\""));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return title;
    }

    /** Every open day is filled from opening to closing time by busy and free stretches, with no gap and no overlap. */
    private static void assertCoversTheOpeningHoursExactly(JsonObject day) {
        List<JsonObject> stretches = new ArrayList<>(busy(day));
        stretches.addAll(day.getJsonArray("free").getValuesAs(JsonObject.class));
        stretches.sort(Comparator.comparing(stretch -> time(stretch, "start")));
        if (!day.getBoolean("open")) {
            assertThat(stretches).as("a day the room does not open").isEmpty();
            return;
        }
        LocalDate date = LocalDate.parse(day.getString("date"));
        LocalDateTime reached = LocalDateTime.parse(date + "T" + day.getString("opens"));
        for (JsonObject stretch : stretches) {
            assertThat(time(stretch, "start"))
                    .as("no gap or overlap on " + date)
                    .isEqualTo(reached);
            assertThat(time(stretch, "end")).isAfter(reached);
            reached = time(stretch, "end");
        }
        assertThat(reached)
                .as("up to closing time on " + date)
                .isEqualTo(LocalDateTime.parse(date + "T" + day.getString("closes")));
    }

    @Test
    void anyoneSeesAPrivateBookingOnlyAsBusyAndAPublicOneByItsTitle() {
        long clinic = roomId("clinic-2");
        LocalDate day = week(1, DayOfWeek.TUESDAY);
        String secret =
                staffBooks(clinic, "Safeguarding case review " + UUID.randomUUID(), "private", day, "10:00", "11:00");
        String open = staffBooks(clinic, "Open day " + UUID.randomUUID(), "public", day, "14:00", "15:00");

        HttpResponse<String> response = availability(clinic, "?from=" + day + "&to=" + day.plusDays(1));

        assertThat(response.body()).doesNotContain(secret, "Safeguarding");
        JsonObject tuesday = days(response).get(0);
        assertThat(busy(tuesday))
                .extracting(stretch -> time(stretch, "start").toLocalTime() + "-"
                        + time(stretch, "end").toLocalTime() + " " + stretch.getString("cause") + " "
                        + stretch.getString("with", "-"))
                .as("busy until the end plus the clinic's 15 minutes turnaround")
                .containsExactly("10:00-11:15 booked -", "14:00-15:15 booked " + open);
        assertThat(tuesday.getJsonArray("free").getValuesAs(JsonObject.class))
                .extracting(stretch -> time(stretch, "start").toLocalTime().toString())
                .containsExactly("08:00", "11:15", "15:15");
    }

    @Test
    void busyAndFreeCoverTheOpeningHoursOfEveryDayExactly() {
        long hall = roomId("youth-hall");
        LocalDate monday = week(2, DayOfWeek.MONDAY);
        staffBooks(hall, "Breakfast club", "public", monday, "08:00", "09:00");
        staffBooks(hall, "Staff training", "private", monday, "12:00", "13:30");
        staffBooks(hall, "Late session", "public", monday.plusDays(1), "19:00", "21:00");

        List<JsonObject> week = days(availability(hall, "?from=" + monday + "&to=" + monday.plusWeeks(1)));

        assertThat(week)
                .extracting(day -> day.getString("date"))
                .containsExactly(monday.datesUntil(monday.plusWeeks(1))
                        .map(LocalDate::toString)
                        .toArray(String[]::new));
        assertThat(week)
                .extracting(day -> day.getBoolean("open"))
                .containsExactly(true, true, true, true, true, true, false);
        week.forEach(AvailabilityApiChecks::assertCoversTheOpeningHoursExactly);
        assertThat(busy(week.get(0)))
                .extracting(stretch -> time(stretch, "end").toLocalTime().toString())
                .as("the hall's 30 minutes turnaround")
                .containsExactly("09:30", "14:00");
    }

    @Test
    void withoutDatesItIsTheWeekFromTodayFilledExactly() {
        List<JsonObject> week = days(availability(roomId("youth-hall"), ""));

        assertThat(week).hasSize(7);
        assertThat(LocalDate.parse(week.get(0).getString("date")))
                .isBetween(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
        week.forEach(AvailabilityApiChecks::assertCoversTheOpeningHoursExactly);
    }

    @Test
    void aBankHolidayIsBusyAllDayWithItsReason() {
        LocalDate bankHoliday = BankHolidays.firstFrom(LocalDate.now().plusDays(1));

        JsonObject day = days(availability(
                        roomId("sports-hall"), "?from=" + bankHoliday + "&to=" + bankHoliday.plusDays(1)))
                .get(0);

        assertThat(busy(day)).singleElement().satisfies(closed -> {
            assertThat(closed.getString("cause")).isEqualTo("closed");
            assertThat(closed.getString("with")).isEqualTo("Bank holiday: the hub is closed");
            assertThat(time(closed, "start")).isEqualTo(at(bankHoliday, "08:00"));
            assertThat(time(closed, "end")).isEqualTo(at(bankHoliday, "21:00"));
        });
        assertThat(day.getJsonArray("free")).isEmpty();
    }

    @Test
    void aBadRangeIsABadRequestThatSaysWhy() {
        long room = roomId("meeting-room");
        LocalDate day = week(3, DayOfWeek.WEDNESDAY);

        HttpResponse<String> backwards = availability(room, "?from=" + day + "&to=" + day.minusDays(1));
        HttpResponse<String> tooLong = availability(room, "?from=" + day + "&to=" + day.plusDays(63));
        HttpResponse<String> notADate = availability(room, "?from=2027-02-30");
        HttpResponse<String> unknownRoom = availability(987654, "");

        assertRefused(backwards, 400, "to", "must be after the start date");
        assertRefused(tooLong, 400, "to", "at most 62 days");
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(HubClient.object(notADate).getString("detail")).contains("2027-02-30", "is not a date");
        assertThat(unknownRoom.statusCode()).isEqualTo(404);
        assertThat(HubClient.object(unknownRoom).getString("detail")).isEqualTo("There is no room 987654.");
    }
}

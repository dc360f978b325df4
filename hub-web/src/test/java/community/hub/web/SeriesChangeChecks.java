package community.hub.web;

import static community.hub.web.BookingsApiChecks.approve;
import static community.hub.web.BookingsApiChecks.at;
import static community.hub.web.BookingsApiChecks.booking;
import static community.hub.web.BookingsApiChecks.once;
import static community.hub.web.BookingsApiChecks.postBooking;
import static community.hub.web.HubIT.HUB;
import static community.hub.web.Problems.assertProblemJson;
import static community.hub.web.Problems.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * "Change this date and the following ones" through the running hub: the series splits, its earlier dates stay as they
 * were, and a new booking continuing it holds the changed dates, checked like any new booking. Each test hires rooms of
 * its own, in weeks 85-95 ahead (tenants' tests inside their booking windows), on dates clear of bank holidays.
 */
abstract class SeriesChangeChecks {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The given day in week {@code n} of the series changes' lane, with {@code weeks} clear weekly dates from it. */
    static LocalDate clearWeeks(int n, DayOfWeek day, int weeks) {
        return TestDates.inLane(TestDates.Lane.SERIES_CHANGES, n, day, weeks);
    }

    static String weekly(String day, int count) {
        return "\"recurrence\": {\"frequency\": \"WEEKLY\", \"interval\": 1, \"byDay\": [\"" + day + "\"], \"count\": "
                + count + "}";
    }

    static long id(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return HubClient.object(response).getJsonNumber("id").longValue();
    }

    /** The booking as the person asks for it, taken by the hub: its id. */
    static long bookedBy(String username, String booking) {
        return id(postBooking(username, booking));
    }

    static JsonObject get(long id, String username) {
        HttpResponse<String> response = HUB.get("/api/bookings/" + id, username, HubClient.DEMO_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return HubClient.object(response);
    }

    /** Each date of the booking as "series date start-end status", e.g. "2028-07-11 10:00-12:00 CONFIRMED". */
    static List<String> dates(JsonObject booking) {
        return booking.getJsonArray("occurrences").getValuesAs(JsonObject.class).stream()
                .map(occurrence -> occurrence.getString("date") + " "
                        + occurrence.getString("start").substring(11, 16) + "-"
                        + occurrence.getString("end").substring(11, 16) + " " + occurrence.getString("status"))
                .toList();
    }

    static List<String> history(JsonObject booking) {
        return booking.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(change -> change.getString("what"))
                .toList();
    }

    static HttpResponse<String> changeFrom(long id, LocalDate date, String body, String username) {
        return HUB.put("/api/bookings/" + id + "/from/" + date, body, username);
    }

    @Test
    void changingFromADateMovesThatDateAndTheLaterOnesAndLeavesTheEarlierOnes() {
        long hall = ChargesChecks.newRoom();
        long studio = ChargesChecks.newRoom();
        LocalDate first = clearWeeks(0, DayOfWeek.TUESDAY, 7);
        LocalDate third = first.plusWeeks(2);
        LocalDate thursday = third.plusDays(2);
        long yoga =
                bookedBy("staff", booking(hall, "Chair yoga", at(first, "10:00"), at(first, "12:00"), weekly("TU", 6)));

        HttpResponse<String> changed = changeFrom(
                yoga,
                third,
                booking(studio, "Chair yoga", at(thursday, "14:00"), at(thursday, "16:00"), weekly("TH", 4)),
                "staff");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(201);
        JsonObject thursdays = HubClient.object(changed);
        long continuation = thursdays.getJsonNumber("id").longValue();
        assertThat(changed.headers().firstValue("Location")).get().asString().endsWith("/api/bookings/" + continuation);
        assertThat(thursdays.getJsonNumber("followsBookingId").longValue()).isEqualTo(yoga);
        assertThat(thursdays.getJsonNumber("roomId").longValue()).isEqualTo(studio);
        assertThat(dates(thursdays))
                .containsExactly(
                        thursday + " 14:00-16:00 CONFIRMED",
                        thursday.plusWeeks(1) + " 14:00-16:00 CONFIRMED",
                        thursday.plusWeeks(2) + " 14:00-16:00 CONFIRMED",
                        thursday.plusWeeks(3) + " 14:00-16:00 CONFIRMED");
        assertThat(history(thursdays)).containsExactly("continues");

        JsonObject before = get(yoga, "staff");
        assertThat(dates(before))
                .containsExactly(first + " 10:00-12:00 CONFIRMED", first.plusWeeks(1) + " 10:00-12:00 CONFIRMED");
        assertThat(before.getJsonObject("recurrence").getString("until"))
                .isEqualTo(third.minusDays(1).toString());
        assertThat(before.getJsonObject("recurrence").get("count")).isIn(null, JsonValue.NULL);
        assertThat(before.getJsonArray("continuedAs").getJsonNumber(0).longValue())
                .isEqualTo(continuation);
        assertThat(history(before)).containsExactly("booked", "continued_as");
        assertThat(before.getInt("sequence")).isEqualTo(1);

        assertThat(postBooking("staff", once(hall, "Now free", third, "10:00", "12:00"))
                        .statusCode())
                .as("the dates given up are free again")
                .isEqualTo(201);
        assertThat(postBooking("staff", once(studio, "Taken", thursday.plusWeeks(1), "15:00", "16:00"))
                        .statusCode())
                .as("the changed dates hold their room")
                .isEqualTo(409);
    }

    @Test
    void aChangeThatWouldClashIsRefusedWithEveryClashAndChangesNothing() {
        long room = ChargesChecks.newRoom();
        LocalDate first = clearWeeks(2, DayOfWeek.WEDNESDAY, 7);
        LocalDate third = first.plusWeeks(2);
        long club = bookedBy(
                "staff", booking(room, "Coding club", at(first, "10:00"), at(first, "12:00"), weekly("WE", 6)));
        for (LocalDate taken : List.of(first.plusWeeks(3), first.plusWeeks(5))) {
            bookedBy("staff", once(room, "Lunch talk", taken, "12:30", "13:30"));
        }
        String anHourLater = booking(room, "Coding club", at(third, "11:00"), at(third, "13:00"), weekly("WE", 4));

        HttpResponse<String> refused = changeFrom(club, third, anHourLater, "staff");

        assertProblemJson(refused, 409);
        JsonObject problem = HubClient.object(refused);
        assertThat(problem.getString("detail")).contains("2 dates are not free");
        assertThat(problem.getJsonArray("clashes").getValuesAs(JsonObject.class))
                .extracting(clash -> clash.getString("start").substring(0, 16) + " " + clash.getString("cause") + " "
                        + clash.getString("with"))
                .as("its own dates from the change on do not count; every other clash does")
                .containsExactly(
                        at(first.plusWeeks(3), "11:00") + " booked Lunch talk",
                        at(first.plusWeeks(5), "11:00") + " booked Lunch talk");
        JsonObject unchanged = get(club, "staff");
        assertThat(dates(unchanged))
                .hasSize(6)
                .allSatisfy(date -> assertThat(date).contains("10:00-12:00 CONFIRMED"));
        assertThat(unchanged.getJsonObject("recurrence").getInt("count")).isEqualTo(6);
        assertThat(unchanged.getJsonArray("continuedAs")).isEmpty();
        assertThat(unchanged.getInt("sequence")).isZero();
        assertThat(HubClient.array(HUB.get(
                        "/api/bookings?roomId=" + room + "&from=" + first + "&to=" + first.plusWeeks(7),
                        "staff",
                        "hub-demo")))
                .as("no new booking was made")
                .hasSize(3);

        HttpResponse<String> onlyFree = changeFrom(
                club, third, anHourLater.replace("\"recurrence\"", "\"onlyFreeDates\": true, \"recurrence\""), "staff");

        assertThat(onlyFree.statusCode()).as(onlyFree.body()).isEqualTo(201);
        assertThat(dates(HubClient.object(onlyFree)))
                .containsExactly(third + " 11:00-13:00 CONFIRMED", first.plusWeeks(4) + " 11:00-13:00 CONFIRMED");
        assertThat(dates(get(club, "staff"))).hasSize(2);
    }

    @Test
    void whatCannotBeChangedFromADateIsRefusedWithItsReason() {
        long room = ChargesChecks.newRoom();
        LocalDate first = clearWeeks(4, DayOfWeek.THURSDAY, 4);
        long series =
                bookedBy("staff", booking(room, "Book club", at(first, "18:00"), at(first, "19:00"), weekly("TH", 3)));
        long once = bookedBy("staff", once(room, "Author talk", first.plusDays(1), "18:00", "19:00"));
        String body = booking(
                room, "Book club", at(first.plusWeeks(1), "17:00"), at(first.plusWeeks(1), "18:00"), weekly("TH", 2));

        assertRefused(
                changeFrom(series, first, body, "staff"),
                400,
                "date",
                "is the first date of this booking: change the whole booking instead.");
        assertRefused(
                changeFrom(once, first.plusDays(1), body, "staff"), 400, "date", "This booking is for one date only");
        assertRefused(
                changeFrom(
                        series,
                        first.plusWeeks(1),
                        body.replace("\"title\": \"Book club\"", "\"title\": \"\""),
                        "staff"),
                400,
                "title",
                "Enter a title for the booking.");
        assertRefused(
                changeFrom(
                        series,
                        first.plusWeeks(1),
                        booking(
                                room,
                                "Book club",
                                at(first.plusWeeks(1), "21:00"),
                                at(first.plusWeeks(1), "23:00"),
                                weekly("TH", 2)),
                        "staff"),
                400,
                "start",
                "is open on Thursdays from 07:00 to 22:00");
        HttpResponse<String> noSuchDate = changeFrom(series, first.plusDays(2), body, "staff");
        assertThat(noSuchDate.statusCode()).isEqualTo(404);
        assertThat(HubClient.object(noSuchDate).getString("detail"))
                .isEqualTo("The booking has no date " + first.plusDays(2) + ".");
        assertThat(changeFrom(987654321, first.plusWeeks(1), body, "staff").statusCode())
                .isEqualTo(404);

        assertThat(dates(get(series, "staff"))).hasSize(3);
        assertThat(get(series, "staff").getInt("sequence")).isZero();
    }

    @Test
    void theApiDescribesTheChangeFromADateWithItsAnswers() {
        String openapi = HUB.get("/openapi").body();

        assertThat(openapi)
                .contains(
                        "/api/bookings/{id}/from/{date}",
                        "Change a series from one of its dates on",
                        "Changed: the new booking that carries the dates from {date} on",
                        "Some changed dates are not free");
    }

    @Test
    void aTenantCannotChangeAnotherOrganisationsSeriesAndItsOwnChangeWaitsForApprovalWhereItsRequestsDo() {
        long room = ChargesChecks.newRoom();
        LocalDate first = TestDates.inLane(TestDates.Lane.SOON, 0, DayOfWeek.TUESDAY, 4);
        LocalDate third = first.plusWeeks(2);
        long youthClub = bookedBy(
                "youth", booking(room, "Youth forum", at(first, "17:00"), at(first, "18:30"), weekly("TU", 4)));
        String later = booking(room, "Taken over", at(third, "09:00"), at(third, "10:00"), weekly("TU", 2));

        assertThat(changeFrom(youthClub, third, later, "foodbank").statusCode()).isEqualTo(404);
        assertThat(changeFrom(youthClub, third, later, "camhs").statusCode()).isEqualTo(404);
        JsonObject intact = get(youthClub, "youth");
        assertThat(intact.getString("title")).isEqualTo("Youth forum");
        assertThat(dates(intact)).hasSize(4).allSatisfy(date -> assertThat(date).contains("17:00-18:30 CONFIRMED"));
        assertThat(intact.getJsonArray("continuedAs")).isEmpty();

        HttpResponse<String> own = changeFrom(
                youthClub,
                third,
                booking(room, "Youth forum", at(third, "18:00"), at(third, "19:30"), weekly("TU", 2)),
                "youth");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        assertThat(HubClient.object(own).getString("status"))
                .as("the Youth Service is approved automatically")
                .isEqualTo("CONFIRMED");

        long clinic = bookedBy(
                "camhs", booking(room, "CAMHS group", at(first, "10:00"), at(first, "11:00"), weekly("TU", 4)));
        approve(clinic);
        HttpResponse<String> request = changeFrom(
                clinic,
                third,
                booking(room, "CAMHS group", at(third, "11:00"), at(third, "12:00"), weekly("TU", 2)),
                "camhs");
        assertThat(request.statusCode()).as(request.body()).isEqualTo(201);
        JsonObject waiting = HubClient.object(request);
        assertThat(waiting.getString("status"))
                .as("CAMHS's requests wait for the hub")
                .isEqualTo("PENDING");
        assertThat(dates(waiting))
                .containsExactly(third + " 11:00-12:00 PENDING", third.plusWeeks(1) + " 11:00-12:00 PENDING");
        assertThat(get(clinic, "camhs").getString("status")).isEqualTo("CONFIRMED");
        assertThat(HUB.get("/api/bookings/" + waiting.getJsonNumber("id").longValue(), "youth", "hub-demo")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void decliningATenantsChangeFromADateLeavesTheSeriesAsItWasAndTellsTheTenantWhy() throws Exception {
        long room = ChargesChecks.newRoom();
        LocalDate first = TestDates.inLane(TestDates.Lane.SOON, 1, DayOfWeek.WEDNESDAY, 4);
        LocalDate third = first.plusWeeks(2);
        String title = "CAMHS parents group " + RoomsApiChecks.unique("decline");
        long group = bookedBy("camhs", booking(room, title, at(first, "16:00"), at(first, "17:00"), weekly("WE", 4)));
        approve(group);
        int sequence = get(group, "camhs").getInt("sequence");
        String feedPath = URI.create(HubClient.array(HUB.post("/api/me/feeds", "", "camhs"))
                        .getJsonObject(0)
                        .getString("url"))
                .getPath();

        long change = id(changeFrom(
                group, third, booking(room, title, at(third, "17:00"), at(third, "18:00"), weekly("WE", 2)), "camhs"));

        JsonObject waiting = get(group, "camhs");
        assertThat(dates(waiting))
                .as("while the change waits, the series keeps its later dates")
                .hasSize(4)
                .allSatisfy(date -> assertThat(date).endsWith("16:00-17:00 CONFIRMED"));
        assertThat(history(waiting)).containsExactly("requested", "approved", "change_requested");
        assertThat(postBooking("staff", once(room, "Squeezed in", third, "16:00", "16:30"))
                        .statusCode())
                .as("and their slots")
                .isEqualTo(409);
        assertThat(postBooking("staff", once(room, "Squeezed in", third, "17:00", "17:30"))
                        .statusCode())
                .as("the dates asked for hold theirs too")
                .isEqualTo(409);
        assertThat(changeFrom(
                                group,
                                third.plusWeeks(1),
                                booking(
                                        room,
                                        title,
                                        at(third.plusWeeks(1), "09:00"),
                                        at(third.plusWeeks(1), "10:00"),
                                        weekly("WE", 1)),
                                "camhs")
                        .statusCode())
                .as("one change at a time")
                .isEqualTo(409);

        HttpResponse<String> declined = HUB.post(
                "/api/bookings/" + change + "/decline",
                "{\"reason\": \"The room is kept for the youth club from half past four.\"}",
                "staff");

        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        JsonObject refused = get(change, "camhs");
        assertThat(refused.getString("status")).isEqualTo("DECLINED");
        assertThat(refused.getString("decisionReason"))
                .isEqualTo("The room is kept for the youth club from half past four.");
        assertThat(refused.getString("continuesFrom")).isEqualTo(third.toString());
        JsonObject series = get(group, "camhs");
        assertThat(series.getString("status")).isEqualTo("CONFIRMED");
        assertThat(dates(series))
                .containsExactly(
                        first + " 16:00-17:00 CONFIRMED",
                        first.plusWeeks(1) + " 16:00-17:00 CONFIRMED",
                        third + " 16:00-17:00 CONFIRMED",
                        third.plusWeeks(1) + " 16:00-17:00 CONFIRMED");
        assertThat(series.getJsonObject("recurrence").getInt("count")).isEqualTo(4);
        assertThat(series.getJsonObject("recurrence").get("until")).isIn(null, JsonValue.NULL);
        assertThat(series.getInt("sequence")).isGreaterThan(sequence);
        assertThat(history(series)).containsExactly("requested", "approved", "change_requested", "change_declined");
        assertThat(series.getJsonArray("history").getJsonObject(3).getString("detail"))
                .isEqualTo(third + ": The room is kept for the youth club from half past four.");
        assertThat(postBooking("staff", once(room, "Squeezed in", third, "16:00", "16:30"))
                        .statusCode())
                .as("the series' dates still hold their room")
                .isEqualTo(409);
        assertThat(postBooking("staff", once(room, "Squeezed in", third, "17:00", "17:30"))
                        .statusCode())
                .as("the dates asked for are free again")
                .isEqualTo(201);

        String event = event(fetch(feedPath), group);
        assertThat(line(event, "RRULE"))
                .as("the same event, its rule as it was")
                .contains("BYDAY=WE", "COUNT=4")
                .doesNotContain("UNTIL=");
        assertThat(line(event, "SEQUENCE")).isEqualTo("SEQUENCE:" + series.getInt("sequence"));
        assertThat(event)
                .contains("DTSTART;TZID=Europe/London:" + compact(first) + "T160000")
                .doesNotContain("EXDATE");
        String mail = TestMailServer.text(HubIT.MAIL
                .await(
                        message -> ("Change declined: " + title).equals(TestMailServer.subject(message)),
                        Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("No email saying the change was declined")));
        assertThat(mail)
                .contains(
                        "The reason the hub gave: The room is kept for the youth club from half past four.",
                        "This was a change to booking number " + group + " from ",
                        "That booking stays as it was");
    }

    @Test
    void approvingATenantsChangeFromADateEndsTheSeriesBeforeIt() {
        long room = ChargesChecks.newRoom();
        LocalDate first = TestDates.inLane(TestDates.Lane.SOON, 1, DayOfWeek.THURSDAY, 4);
        LocalDate third = first.plusWeeks(2);
        long group = bookedBy(
                "camhs", booking(room, "CAMHS carers group", at(first, "10:00"), at(first, "11:00"), weekly("TH", 4)));
        approve(group);
        long change = id(changeFrom(
                group,
                third,
                booking(room, "CAMHS carers group", at(third, "11:00"), at(third, "12:00"), weekly("TH", 2)),
                "camhs"));
        assertThat(dates(get(group, "camhs"))).hasSize(4);

        approve(change);

        JsonObject series = get(group, "camhs");
        assertThat(dates(series))
                .containsExactly(first + " 10:00-11:00 CONFIRMED", first.plusWeeks(1) + " 10:00-11:00 CONFIRMED");
        assertThat(series.getJsonObject("recurrence").getString("until"))
                .isEqualTo(third.minusDays(1).toString());
        assertThat(history(series)).containsExactly("requested", "approved", "change_requested", "continued_as");
        assertThat(dates(get(change, "camhs")))
                .containsExactly(third + " 11:00-12:00 CONFIRMED", third.plusWeeks(1) + " 11:00-12:00 CONFIRMED");
        assertThat(postBooking("staff", once(room, "Now free", third, "09:30", "10:30"))
                        .statusCode())
                .as("the dates the series gave up are free")
                .isEqualTo(201);
    }

    /** The all-day room closes a second before midnight, and takes bookings of a minute. */
    private static final LocalTime ALL_DAY_ROOM_CLOSES = LocalTime.of(23, 59, 59);

    @Test
    void changingTheTimesOfASeriesWithADateThatHasBegunKeepsThatDateAtItsOldTimeInTheFeeds() throws Exception {
        LocalDateTime now = LocalDateTime.now(LONDON);
        if (now.toLocalTime().isAfter(ALL_DAY_ROOM_CLOSES.minusSeconds(75))) {
            // a date beginning in up to 15 s and lasting the room's shortest minute must end by closing: wait for
            // tomorrow
            Thread.sleep(Duration.between(now, now.toLocalDate().plusDays(1).atTime(0, 0, 1))
                    .toMillis());
        }
        LocalDate today = LocalDate.now(LONDON);
        // On a bank holiday the hub is closed all day: the hub manager opens it again for the test, and closes it again
        // after.
        List<JsonObject> lifted = openAgain(today);
        Long series = null;
        try {
            String slug = RoomsApiChecks.unique("all-day");
            long room = allDayRoom(slug);
            String day = today.getDayOfWeek().name().substring(0, 2);
            JsonObject booked = null;
            for (int margin : new int[] {5, 15}) {
                LocalDateTime start =
                        LocalDateTime.now(LONDON).plusSeconds(margin).withNano(0);
                HttpResponse<String> response = postBooking(
                        "staff",
                        booking(
                                room,
                                "Breakfast club",
                                start.toString(),
                                start.plusMinutes(1).toString(),
                                "\"onlyFreeDates\": true, " + weekly(day, 4)));
                if (response.statusCode() == 201) {
                    booked = HubClient.object(response);
                    break;
                }
                assertThat(response.body())
                        .as("only a start already past is tried again")
                        .contains("The start is in the past.");
            }
            assertThat(booked).as("booked to begin in a few seconds").isNotNull();
            series = booked.getJsonNumber("id").longValue();
            LocalDateTime begins = LocalDateTime.parse(booked.getString("start"));
            List<LocalDate> seriesDates = booked.getJsonArray("occurrences").getValuesAs(JsonObject.class).stream()
                    .map(occurrence -> LocalDate.parse(occurrence.getString("date")))
                    .toList();
            assertThat(seriesDates.get(0)).isEqualTo(today);
            assertThat(seriesDates).hasSizeGreaterThan(1);
            Thread.sleep(Math.max(
                            0,
                            Duration.between(LocalDateTime.now(LONDON), begins).toMillis())
                    + 1500);
            LocalDate next = seriesDates.get(1);
            LocalTime was = begins.toLocalTime().withSecond(0);
            LocalTime moved = was.isBefore(LocalTime.of(1, 0)) ? was.plusHours(1) : was.minusHours(1);

            HttpResponse<String> changed = HUB.put(
                    "/api/bookings/" + series,
                    booking(
                            room,
                            "Breakfast club",
                            at(next, moved.toString()),
                            at(next, moved.plusMinutes(30).toString()),
                            "\"onlyFreeDates\": true, " + weekly(day, 3)),
                    "staff");

            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(201);
            long continuation = id(changed);
            assertThat(changed.headers().firstValue("Location"))
                    .get()
                    .asString()
                    .endsWith("/api/bookings/" + continuation);
            assertThat(HubClient.object(changed).getString("continuesFrom")).isEqualTo(next.toString());
            String hhmm = was.toString();
            assertThat(dates(get(series, "staff")))
                    .as("the date that has begun keeps its time")
                    .containsExactly(today + " " + hhmm + "-" + was.plusMinutes(1) + " CONFIRMED");
            assertThat(dates(get(continuation, "staff")))
                    .first()
                    .isEqualTo(next + " " + moved + "-" + moved.plusMinutes(30) + " CONFIRMED");

            Calendar feed = new CalendarBuilder().build(new StringReader(fetch("/calendar/rooms/" + slug + ".ics")));
            Period<ZonedDateTime> weeks =
                    new Period<>(today.atStartOfDay(LONDON), today.plusWeeks(5).atStartOfDay(LONDON));
            List<LocalDateTime> kept = starts(feed, series, weeks);
            List<LocalDateTime> changedStarts = starts(feed, continuation, weeks);
            assertThat(kept)
                    .as("read back with iCal4j, the series still has the date that has begun, at its old time")
                    .containsExactly(begins);
            assertThat(changedStarts)
                    .as("and the changed dates are the new booking's")
                    .isNotEmpty()
                    .allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(moved))
                    .first()
                    .isEqualTo(next.atTime(moved));
        } finally {
            if (!lifted.isEmpty() && series != null) {
                // nothing is booked inside a closure: the test's own date today goes before the hub closes again
                assertThat(HUB.delete("/api/bookings/" + series, "staff").statusCode())
                        .isEqualTo(200);
            }
            closeAgain(lifted);
        }
    }

    /** Removes every hub-wide closure of the day, as the hub manager would, and returns them to be put back. */
    private static List<JsonObject> openAgain(LocalDate day) {
        HttpResponse<String> closures =
                HUB.get("/api/closures?from=" + day + "&to=" + day, "admin", HubClient.DEMO_PASSWORD);
        assertThat(closures.statusCode()).as(closures.body()).isEqualTo(200);
        List<JsonObject> hubWide = HubClient.array(closures).getValuesAs(JsonObject.class).stream()
                .filter(closure -> !closure.containsKey("roomId") || closure.isNull("roomId"))
                .toList();
        for (JsonObject closure : hubWide) {
            assertThat(HUB.delete("/api/closures/" + closure.getJsonNumber("id").longValue(), "admin")
                            .statusCode())
                    .isEqualTo(200);
        }
        return hubWide;
    }

    /** Puts closures removed by {@link #openAgain} back as they were. */
    private static void closeAgain(List<JsonObject> closures) {
        for (JsonObject closure : closures) {
            HttpResponse<String> closed = HUB.post(
                    "/api/closures",
                    """
                    {"firstDay": "%s", "lastDay": "%s", "reason": "%s"}
                    """.formatted(
                            closure.getString("firstDay"), closure.getString("lastDay"), closure.getString("reason")),
                    "admin");
            assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);
        }
    }

    /** A room open all day, every day, taking bookings of a minute, so a date can begin a few seconds from now whenever the test runs. */
    private static long allDayRoom(String slug) {
        return ChargesChecks.newRoom(
                slug, "All-day room " + slug, "Ground floor", "00:00", ALL_DAY_ROOM_CLOSES.toString(), 1);
    }

    /** When each date of a booking's events in the feed begins, Europe/London wall-clock, in order. */
    private static List<LocalDateTime> starts(Calendar feed, long booking, Period<ZonedDateTime> period) {
        return feed.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> event.getProperty(Property.UID)
                        .map(Property::getValue)
                        .orElse("")
                        .equals(uid(booking)))
                .flatMap(event -> event.<ZonedDateTime>calculateRecurrenceSet(period).stream())
                .map(date -> date.getStart().withZoneSameInstant(LONDON).toLocalDateTime())
                .sorted()
                .toList();
    }

    @Test
    void theFeedsShowTheSeriesEndingBeforeTheChangeAndTheChangedDatesAsAnEventOfTheirOwn() throws Exception {
        long room = ChargesChecks.newRoom();
        LocalDate first = clearWeeks(6, DayOfWeek.TUESDAY, 7);
        LocalDate fourth = first.plusWeeks(3);
        String publicSeries = booking(
                        room,
                        "Walking netball " + RoomsApiChecks.unique("feed"),
                        at(first, "10:00"),
                        at(first, "11:00"),
                        weekly("TU", 6))
                .replace("\"visibility\": \"private\"", "\"visibility\": \"public\"");
        JsonObject netball = HubClient.object(postBooking("staff", publicSeries));
        long series = netball.getJsonNumber("id").longValue();
        assertThat(HUB.delete("/api/bookings/" + series + "/occurrences/" + first.plusWeeks(1), "staff")
                        .statusCode())
                .isEqualTo(200);
        String changedBody = publicSeries
                .replace(at(first, "10:00"), at(fourth.plusDays(1), "13:00"))
                .replace(at(first, "11:00"), at(fourth.plusDays(1), "14:00"))
                .replace(weekly("TU", 6), weekly("WE", 3));
        long continuation = id(changeFrom(series, fourth, changedBody, "staff"));

        String feed = fetch("/calendar/hub.ics");

        String before = event(feed, series);
        String after = event(feed, continuation);
        String lastKeptStart = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(LocalDateTime.of(fourth.minusDays(1), LocalTime.of(10, 0))
                        .atZone(LONDON)
                        .withZoneSameInstant(ZoneOffset.UTC));
        assertThat(line(before, "RRULE"))
                .contains("FREQ=WEEKLY", "BYDAY=TU", "UNTIL=" + lastKeptStart)
                .doesNotContain("COUNT=");
        assertThat(before)
                .contains("EXDATE;TZID=Europe/London:" + compact(first.plusWeeks(1)) + "T100000", "SEQUENCE:2");
        assertThat(line(after, "RRULE"))
                .contains("FREQ=WEEKLY", "BYDAY=WE", "COUNT=3")
                .doesNotContain("UNTIL=");
        assertThat(after)
                .contains("DTSTART;TZID=Europe/London:" + compact(fourth.plusDays(1)) + "T130000", "SEQUENCE:0");

        Path file = Files.createTempFile("feed", ".ics");
        Files.writeString(file, feed);
        Path script = Path.of(getClass().getResource("/expand_feed.py").toURI());
        Process python = new ProcessBuilder(
                        "/usr/bin/python3",
                        script.toString(),
                        file.toString(),
                        first.minusDays(1).toString(),
                        first.plusWeeks(10).toString(),
                        uid(series),
                        uid(continuation))
                .redirectErrorStream(true)
                .start();
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(python.exitValue()).as(output).isZero();
        assertThat(output.lines())
                .as("read back by python icalendar and recurring-ical-events")
                .containsExactly(
                        uid(series) + " " + at(first, "10:00"),
                        uid(series) + " " + at(first.plusWeeks(2), "10:00"),
                        uid(continuation) + " " + at(fourth.plusDays(1), "13:00"),
                        uid(continuation) + " " + at(fourth.plusDays(8), "13:00"),
                        uid(continuation) + " " + at(fourth.plusDays(15), "13:00"));
    }

    static String compact(LocalDate date) {
        return date.toString().replace("-", "");
    }

    static String line(String event, String property) {
        return event.lines()
                .filter(line -> line.startsWith(property + ":") || line.startsWith(property + ";"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + property + " in " + event));
    }

    static String uid(long booking) {
        return "booking-" + booking + "@" + HubDatabase.installationId();
    }

    /** One booking's main event in a feed, unfolded. */
    static String event(String feed, long booking) {
        String unfolded = feed.replace("\r\n ", "");
        assertThat(unfolded).contains("UID:" + uid(booking));
        String[] parts = unfolded.split("BEGIN:VEVENT");
        for (String part : parts) {
            if (part.contains("UID:" + uid(booking) + "\r\n") && !part.contains("RECURRENCE-ID")) {
                return part.split("END:VEVENT")[0];
            }
        }
        throw new AssertionError("No event for booking " + booking);
    }

    static String fetch(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(HUB.uri(path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}

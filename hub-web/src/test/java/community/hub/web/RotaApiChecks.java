package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static community.hub.web.Problems.assertProblemJson;
import static org.assertj.core.api.Assertions.assertThat;

import community.hub.booking.BankHolidays;
import community.hub.rota.RotaWeek;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The café rota through the running hub, with the demo café team: who may see and fill which weeks, what auto-fill
 * says about the places it leaves open, and changes and swaps refused with the rule they would break, changing nothing.
 * Each test has a week of its own, far enough ahead to miss the demo weeks and anyone's time away.
 */
abstract class RotaApiChecks {

    /** A week of its own for each test, with no bank holiday on a café day. */
    static String week(int n) {
        return RotaWeek.containing(TestDates.cafeWeekInLane(TestDates.Lane.ROTA, n))
                .toString();
    }

    static JsonObject rotaAs(String username, String week) {
        HttpResponse<String> response = HUB.get("/api/rota?week=" + week, username, HubClient.DEMO_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return HubClient.object(response);
    }

    static long memberId(String name) {
        return members().stream()
                .filter(member -> member.getString("name").equals(name))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    static List<JsonObject> members() {
        return HubClient.array(HUB.get("/api/rota/members", "staff", HubClient.DEMO_PASSWORD))
                .getValuesAs(JsonObject.class);
    }

    static List<JsonObject> shifts(JsonObject week) {
        return week.getJsonArray("shifts").getValuesAs(JsonObject.class);
    }

    static List<JsonObject> places(JsonObject shift) {
        return shift.getJsonArray("places").getValuesAs(JsonObject.class);
    }

    static List<JsonObject> shortOf(JsonObject shift) {
        return shift.getJsonArray("short").getValuesAs(JsonObject.class);
    }

    static List<Long> assigned(JsonObject shift, String role) {
        return places(shift).stream()
                .filter(place -> place.getString("role").equals(role))
                .findFirst()
                .map(place -> place.getJsonArray("assigned").getValuesAs(JsonObject.class).stream()
                        .map(person -> person.getJsonNumber("memberId").longValue())
                        .toList())
                .orElse(List.of());
    }

    /** The first weekday morning shift of the week (a bank holiday closes a day, so not always Monday). */
    static JsonObject firstWeekdayMorning(JsonObject week) {
        return shifts(week).stream()
                .filter(shift -> LocalDateTime.parse(shift.getString("start"))
                                .toLocalTime()
                                .equals(LocalTime.of(8, 30))
                        && LocalDate.parse(shift.getString("date"))
                                        .getDayOfWeek()
                                        .getValue()
                                <= DayOfWeek.FRIDAY.getValue())
                .findFirst()
                .orElseThrow();
    }

    static HttpResponse<String> reassign(String week, String json) {
        return HUB.post("/api/rota/" + week + "/reassign", json, "staff");
    }

    static String place(long memberId, String shiftId, String role) {
        return "{\"memberId\": %d, \"toShiftId\": \"%s\", \"toRole\": \"%s\"}".formatted(memberId, shiftId, role);
    }

    /** Staff put someone in a place on a shift, and the hub takes it. */
    static void placed(String week, long memberId, String shiftId, String role) {
        HttpResponse<String> placed = reassign(week, place(memberId, shiftId, role));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
    }

    static void published(String week) {
        assertThat(HUB.post("/api/rota/" + week + "/publish", "", "staff").statusCode())
                .isEqualTo(200);
    }

    /** Someone offers their place on a shift for another on the team to take: the swap's path. */
    static String swapOffered(String week, String shiftId, String username) {
        HttpResponse<String> offered =
                HUB.post("/api/rota/swaps", "{\"week\": \"" + week + "\", \"shiftId\": \"" + shiftId + "\"}", username);
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
        assertThat(HubClient.object(offered).getString("status")).isEqualTo("offered");
        return URI.create(offered.headers().firstValue("Location").orElseThrow())
                .getPath();
    }

    static String takeOff(long memberId, String shiftId) {
        return "{\"memberId\": %d, \"fromShiftId\": \"%s\"}".formatted(memberId, shiftId);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) {
        Problems.assertRefused(response, status, "memberId", message);
        assertThat(Problems.firstError(response).getString("message")).isEqualTo(message);
    }

    private static String partOfDay(JsonObject shift) {
        LocalDate date = LocalDate.parse(shift.getString("date"));
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " "
                + (LocalDateTime.parse(shift.getString("start")).toLocalTime().isBefore(LocalTime.NOON)
                        ? "morning"
                        : "afternoon");
    }

    @Test
    void aVolunteerCannotRunAutoFillNorSeeAWeekBeforeItIsPublished() {
        String week = week(1);
        JsonObject unfilled = rotaAs("staff", week);

        HttpResponse<String> autoFill = HUB.post("/api/rota/" + week + "/autofill", "", "sam");
        HttpResponse<String> unpublished = HUB.get("/api/rota?week=" + week, "sam", HubClient.DEMO_PASSWORD);

        assertProblemJson(autoFill, 403);
        assertProblemJson(unpublished, 404);
        assertThat(HubClient.object(unpublished).getString("detail"))
                .isEqualTo("The café rota for week " + week
                        + " is not published yet. Staff publish each week when it is ready.");
        assertThat(rotaAs("staff", week))
                .as("the volunteer's auto-fill changed nothing")
                .isEqualTo(unfilled);
        assertThat(shifts(unfilled))
                .isNotEmpty()
                .allSatisfy(shift -> assertThat(places(shift))
                        .allSatisfy(place ->
                                assertThat(place.getJsonArray("assigned")).isEmpty()));
        assertThat(HUB.post("/api/rota/" + week + "/publish", "", "alex").statusCode())
                .isEqualTo(403);
        assertThat(HUB.get("/api/rota/members", "alex", HubClient.DEMO_PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(HUB.get("/api/rota?week=" + week, "foodbank", HubClient.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(403);
        assertThat(HUB.get("/api/rota?week=" + week).statusCode()).isEqualTo(401);

        assertThat(HUB.post("/api/rota/" + week + "/publish", "", "staff").statusCode())
                .isEqualTo(200);

        assertThat(rotaAs("sam", week))
                .as("published, the volunteer sees the same week")
                .isEqualTo(unfilled);
    }

    @Test
    void staffAutoFillFillsTheWeekByTheRulesAndSaysWhyEachShortShiftIsShort() {
        String week = week(2);
        Map<Long, JsonObject> team = new HashMap<>();
        members().forEach(member -> team.put(member.getJsonNumber("id").longValue(), member));

        HttpResponse<String> response = HUB.post("/api/rota/" + week + "/autofill", "", "staff");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject filled = HubClient.object(response);
        assertThat(filled.getString("week")).isEqualTo(week);
        assertThat(shifts(filled)).hasSizeGreaterThanOrEqualTo(10);
        Map<Long, Long> minutes = new HashMap<>();
        for (JsonObject shift : shifts(filled)) {
            Set<Long> onShift = new HashSet<>();
            long needJobCoach = 0;
            for (JsonObject place : places(shift)) {
                List<Long> people = assigned(shift, place.getString("role"));
                int missing = place.getInt("required") - people.size();
                assertThat(missing).isNotNegative();
                List<JsonObject> shortHere = shortOf(shift).stream()
                        .filter(gap -> gap.getString("role").equals(place.getString("role")))
                        .toList();
                if (missing == 0) {
                    assertThat(shortHere).isEmpty();
                } else {
                    assertThat(shortHere).singleElement().satisfies(gap -> {
                        assertThat(gap.getInt("missing")).isEqualTo(missing);
                        assertThat(gap.getString("reason")).isNotBlank().endsWith(".");
                    });
                }
                for (long id : people) {
                    assertThat(onShift.add(id))
                            .as("nobody has two places on one shift")
                            .isTrue();
                    assertThat(team.get(id).getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class))
                            .extracting(jakarta.json.JsonString::getString)
                            .contains(place.getString("role"));
                    needJobCoach += team.get(id).getBoolean("needsJobCoach") ? 1 : 0;
                    minutes.merge(
                            id,
                            ChronoUnit.MINUTES.between(
                                    LocalDateTime.parse(shift.getString("start")),
                                    LocalDateTime.parse(shift.getString("end"))),
                            Long::sum);
                }
            }
            assertThat(needJobCoach)
                    .as("one job coach supports two members on %s", shift.getString("id"))
                    .isLessThanOrEqualTo(
                            2L * assigned(shift, "supervisor_job_coach").size());
        }
        minutes.forEach((id, worked) -> assertThat(BigDecimal.valueOf(worked).divide(BigDecimal.valueOf(60)))
                .as("hours of %s", team.get(id).getString("name"))
                .isLessThanOrEqualTo(
                        team.get(id).getJsonNumber("maxHoursPerWeek").bigDecimalValue()));
        shifts(filled).stream()
                .filter(shift -> LocalDate.parse(shift.getString("date")).getDayOfWeek() == DayOfWeek.SATURDAY
                        && shift.getString("id").endsWith("T12:30"))
                .forEach(saturdayAfternoon -> assertThat(shortOf(saturdayAfternoon))
                        .extracting(gap -> gap.getString("reason"))
                        .contains("No one trained for kitchen is free on Saturday afternoon."));
        assertThat(shifts(filled).stream()
                        .mapToLong(shift -> shortOf(shift).size())
                        .sum())
                .as("the demo café has gaps")
                .isPositive();

        assertThat(rotaAs("staff", week)).as("kept").isEqualTo(filled);
        assertThat(HubClient.object(HUB.post("/api/rota/" + week + "/autofill", "", "staff")))
                .as("a filled week fills no further")
                .isEqualTo(filled);
    }

    @Test
    void aChangeByStaffThatWouldBreakARuleIsRefusedWithTheReasonAndChangesNothing() {
        String week = week(3);
        JsonObject filled = HubClient.object(HUB.post("/api/rota/" + week + "/autofill", "", "staff"));
        long sam = memberId("Sam Kelly");
        JsonObject samsShift = shifts(filled).stream()
                .filter(shift -> places(shift).stream()
                        .anyMatch(place ->
                                assigned(shift, place.getString("role")).contains(sam)))
                .findFirst()
                .orElseThrow();
        long coach = assigned(samsShift, "supervisor_job_coach").get(0);
        String coachName = members().stream()
                .filter(member -> member.getJsonNumber("id").longValue() == coach)
                .findFirst()
                .orElseThrow()
                .getString("name");

        HttpResponse<String> leaveSamAlone = reassign(week, takeOff(coach, samsShift.getString("id")));
        HttpResponse<String> twoPlacesAtOnce = reassign(week, place(coach, samsShift.getString("id"), "kitchen"));

        assertRefused(
                leaveSamAlone,
                409,
                "Without " + coachName + " on " + partOfDay(samsShift)
                        + ", there would not be enough job coaches for the members who need one.");
        assertThat(HubClient.object(twoPlacesAtOnce)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message"))
                .isIn(
                        "Every kitchen place on " + partOfDay(samsShift) + " is already filled.",
                        coachName + " is already working at that time on " + partOfDay(samsShift) + ".",
                        coachName + " is not trained for kitchen.");
        assertThat(twoPlacesAtOnce.statusCode()).isEqualTo(409);
        assertThat(rotaAs("staff", week)).as("nothing changed").isEqualTo(filled);
    }

    @Test
    void aShiftThatHasStartedIsNeitherOfferedNorTaken() {
        String week = week(7);
        JsonObject shift = firstWeekdayMorning(rotaAs("staff", week));
        String shiftId = shift.getString("id");
        LocalDateTime started = LocalDateTime.parse(shift.getString("start")).plusMinutes(30);
        placed(week, memberId("Maggie Byrne"), shiftId, "supervisor_job_coach");
        placed(week, memberId("Sam Kelly"), shiftId, "barista");
        published(week);
        String offer = "{\"week\": \"" + week + "\", \"shiftId\": \"" + shiftId + "\"}";

        try (ServerClock pinned = ServerClock.pinAt(started)) {
            Problems.assertRefused(
                    HUB.post("/api/rota/swaps", offer, "sam"),
                    409,
                    "shiftId",
                    "That shift has already started, so its places can no longer be swapped.");
        }
        String swap = swapOffered(week, shiftId, "sam");
        assertThat(HubClient.array(HUB.get("/api/rota/swaps", "alex", HubClient.DEMO_PASSWORD))
                        .getValuesAs(JsonObject.class))
                .as("offered to alex while the shift is to come")
                .anySatisfy(open -> assertThat(open.getString("shiftId")).isEqualTo(shiftId));
        JsonObject before = rotaAs("staff", week);

        try (ServerClock pinned = ServerClock.pinAt(started)) {
            assertThat(HubClient.array(HUB.get("/api/rota/swaps", "alex", HubClient.DEMO_PASSWORD))
                            .getValuesAs(JsonObject.class))
                    .as("no longer offered once it has started")
                    .noneSatisfy(open -> assertThat(open.getString("shiftId")).isEqualTo(shiftId));
            Problems.assertRefused(
                    HUB.post(swap + "/take", "", "alex"),
                    409,
                    "swapId",
                    "That shift has already started, so its places can no longer be swapped.");
        }
        assertThat(rotaAs("staff", week)).as("nothing changed").isEqualTo(before);
        assertThat(HUB.post(swap + "/withdraw", "", "sam").statusCode()).isEqualTo(200);
    }

    @Test
    void aSwapThatWouldBreakARuleIsRefusedWithTheReasonWhenTakenAndAgainWhenApprovedAndChangesNothing() {
        String week = week(4);
        long maggie = memberId("Maggie Byrne");
        long sam = memberId("Sam Kelly");
        long alex = memberId("Alex Morgan");
        JsonObject shift = firstWeekdayMorning(rotaAs("staff", week));
        String shiftId = shift.getString("id");
        String when = partOfDay(shift);
        placed(week, maggie, shiftId, "supervisor_job_coach");
        placed(week, sam, shiftId, "barista");
        placed(week, alex, shiftId, "kitchen");
        published(week);

        String swap = swapOffered(week, shiftId, "sam");
        JsonObject published = rotaAs("sam", week);

        HttpResponse<String> alreadyWorking = HUB.post(swap + "/take", "", "alex");

        assertRefused(alreadyWorking, 409, "You are already working at that time on " + when + ".");
        assertThat(rotaAs("sam", week)).isEqualTo(published);
        assertThat(HubClient.array(HUB.get("/api/rota/swaps", "alex", HubClient.DEMO_PASSWORD))
                        .getValuesAs(JsonObject.class))
                .as("not offered to someone the rota rules would not let take it")
                .noneSatisfy(open -> assertThat(open.getString("shiftId")).isEqualTo(shiftId));

        assertThat(reassign(week, takeOff(alex, shiftId)).statusCode()).isEqualTo(200);
        assertThat(HubClient.array(HUB.get("/api/rota/swaps", "alex", HubClient.DEMO_PASSWORD))
                        .getValuesAs(JsonObject.class))
                .as("offered once they could take it")
                .anySatisfy(open -> {
                    assertThat(open.getString("shiftId")).isEqualTo(shiftId);
                    assertThat(open.getString("status")).isEqualTo("offered");
                });
        HttpResponse<String> taken = HUB.post(swap + "/take", "", "alex");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        assertThat(HubClient.object(taken).getString("status")).isEqualTo("taken");
        placed(week, alex, shiftId, "kitchen");
        JsonObject beforeApproval = rotaAs("staff", week);

        HttpResponse<String> checkedAgain = HUB.post(swap + "/approve", "", "staff");

        assertRefused(checkedAgain, 409, "Alex Morgan is already working at that time on " + when + ".");
        assertThat(rotaAs("staff", week)).as("nothing changed").isEqualTo(beforeApproval);
        assertThat(assigned(firstWeekdayMorning(rotaAs("staff", week)), "barista"))
                .containsExactly(sam);

        assertThat(reassign(week, takeOff(alex, shiftId)).statusCode()).isEqualTo(200);
        HttpResponse<String> approved = HUB.post(swap + "/approve", "", "staff");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(HubClient.object(approved).getString("status")).isEqualTo("approved");
        assertThat(assigned(firstWeekdayMorning(rotaAs("sam", week)), "barista"))
                .containsExactly(alex);
        assertThat(HubClient.array(HUB.get("/api/rota/me/shifts", "sam", HubClient.DEMO_PASSWORD))
                        .getValuesAs(JsonObject.class))
                .noneMatch(mine -> mine.getString("shiftId").equals(shiftId));
        assertThat(HubClient.array(HUB.get("/api/rota/me/shifts", "alex", HubClient.DEMO_PASSWORD))
                        .getValuesAs(JsonObject.class))
                .filteredOn(mine -> mine.getString("shiftId").equals(shiftId))
                .singleElement()
                .satisfies(mine -> {
                    assertThat(mine.getString("role")).isEqualTo("barista");
                    assertThat(mine.getBoolean("newSincePublished")).isTrue();
                });
    }

    @Test
    void aVolunteerChangesTheirOwnTimeAwayAndAvailabilityAndARefusedChangeKeepsThemAsTheyWere() {
        JsonObject alex = HubClient.object(HUB.get("/api/rota/me", "alex", HubClient.DEMO_PASSWORD));
        assertThat(alex.getString("name")).isEqualTo("Alex Morgan");
        LocalDate first = TestDates.cafeWeekInLane(TestDates.Lane.TIME_AWAY, 0);

        HttpResponse<String> away = HUB.post(
                "/api/rota/me/time-away",
                "{\"first\": \"" + first + "\", \"last\": \"" + first.plusDays(2) + "\"}",
                "alex");

        assertThat(away.statusCode()).as(away.body()).isEqualTo(200);
        assertThat(HubClient.object(away).getJsonArray("timeAway").getValuesAs(JsonObject.class))
                .anySatisfy(days -> assertThat(days.getString("first")).isEqualTo(first.toString()));
        HttpResponse<String> back =
                HUB.delete("/api/rota/me/time-away?first=" + first + "&last=" + first.plusDays(2), "alex");
        assertThat(HubClient.object(back).getJsonArray("timeAway").getValuesAs(JsonObject.class))
                .noneSatisfy(days -> assertThat(days.getString("first")).isEqualTo(first.toString()));

        HttpResponse<String> backwards = HUB.put(
                "/api/rota/me/availability",
                "[{\"day\": \"monday\", \"from\": \"16:30\", \"until\": \"08:30\"}]",
                "alex");

        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(HubClient.object(backwards)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message"))
                .isEqualTo("On Monday the time someone is free must end after it starts.");
        assertThat(HubClient.object(HUB.get("/api/rota/me", "alex", HubClient.DEMO_PASSWORD)))
                .isEqualTo(alex);
        HttpResponse<String> same = HUB.put(
                "/api/rota/me/availability", alex.getJsonArray("availability").toString(), "alex");
        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        assertThat(HubClient.object(same).getJsonArray("availability")).isEqualTo(alex.getJsonArray("availability"));
        assertThat(HUB.get("/api/rota/me", "staff", HubClient.DEMO_PASSWORD).statusCode())
                .isEqualTo(403);
    }

    @Test
    void staffAddAOneOffShiftWithTheJobsTheyChooseAndAutoFillFillsItToo() {
        String week = week(6);
        LocalDate day =
                LocalDate.parse(firstWeekdayMorning(rotaAs("staff", week)).getString("date"));
        String lunch = "{\"date\": \"%s\", \"start\": \"12:00\", \"end\": \"14:00\", \"title\": \"Community lunch\", "
                + "\"places\": {\"supervisor_job_coach\": 1, \"kitchen\": 2}}";

        HttpResponse<String> added = HUB.post("/api/rota/" + week + "/shifts", lunch.formatted(day), "staff");
        HttpResponse<String> outside =
                HUB.post("/api/rota/" + week + "/shifts", lunch.formatted(day.plusWeeks(1)), "staff");
        HttpResponse<String> noJobs = HUB.post(
                "/api/rota/" + week + "/shifts",
                lunch.formatted(day).replace("\"kitchen\": 2", "\"cooking\": 2"),
                "staff");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject shift = shifts(HubClient.object(added)).stream()
                .filter(one -> one.getString("id").contains("-extra-"))
                .findFirst()
                .orElseThrow();
        assertThat(shift.getString("start")).isEqualTo(day + "T12:00:00");
        assertThat(places(shift))
                .extracting(place -> place.getString("role") + " " + place.getInt("required"))
                .containsExactly("supervisor_job_coach 1", "kitchen 2");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(HubClient.object(outside)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo("date");
        assertThat(noJobs.statusCode()).isEqualTo(400);
        assertThat(HubClient.object(noJobs)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message"))
                .startsWith("\u201ccooking\u201d is not a café job.");
        assertThat(HUB.post("/api/rota/" + week + "/shifts", lunch.formatted(day), "alex")
                        .statusCode())
                .isEqualTo(403);

        JsonObject filled = HubClient.object(HUB.post("/api/rota/" + week + "/autofill", "", "staff"));
        JsonObject lunchFilled = shifts(filled).stream()
                .filter(one -> one.getString("id").equals(shift.getString("id")))
                .findFirst()
                .orElseThrow();
        assertThat(assigned(lunchFilled, "supervisor_job_coach").size()
                        + assigned(lunchFilled, "kitchen").size()
                        + shortOf(lunchFilled).stream()
                                .mapToInt(gap -> gap.getInt("missing"))
                                .sum())
                .isEqualTo(3);
        JsonObject morning = firstWeekdayMorning(filled);
        assertThat(places(morning).stream().flatMap(place -> assigned(morning, place.getString("role")).stream()))
                .as("nobody works the lunch and the overlapping morning")
                .doesNotContainAnyElementsOf(places(lunchFilled).stream()
                        .flatMap(place -> assigned(lunchFilled, place.getString("role")).stream())
                        .toList());
    }

    @Test
    void hoursPerPersonForAMonthComeAsJsonAndAsCsv() {
        JsonObject filled = HubClient.object(HUB.post("/api/rota/" + week(5) + "/autofill", "", "staff"));
        String month = java.time.YearMonth.from(
                        LocalDate.parse(shifts(filled).get(0).getString("date")))
                .toString();
        JsonObject hours =
                HubClient.object(HUB.get("/api/rota/hours?month=" + month, "staff", HubClient.DEMO_PASSWORD));
        HttpResponse<String> csv =
                HUB.get("/api/rota/hours.csv?month=" + month, "staff", HubClient.DEMO_PASSWORD, "text/csv");

        List<JsonObject> people = hours.getJsonArray("members").getValuesAs(JsonObject.class);
        assertThat(people).as("the week just filled").isNotEmpty();
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"cafe-hours-" + month + ".csv\"");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).as("a byte-order mark, so Excel reads UTF-8").isEqualTo("\uFEFFMonth,Member,Shifts,Hours");
        assertThat(lines).hasSize(people.size() + 1);
        for (int i = 0; i < people.size(); i++) {
            JsonObject person = people.get(i);
            assertThat(lines[i + 1])
                    .isEqualTo("\"=\"\"" + month + "\"\"\"," + person.getString("name") + "," + person.getInt("shifts")
                            + ","
                            + person.getJsonNumber("hours").bigDecimalValue().toPlainString());
        }
        assertThat(HUB.get("/api/rota/hours.csv?month=" + month, "sam", HubClient.DEMO_PASSWORD, "text/csv")
                        .statusCode())
                .isEqualTo(403);
        assertThat(HUB.get("/api/rota/hours?month=March", "staff", HubClient.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(400);
    }

    // The team, the settings and events in the café, as staff keep them

    /** A weekday of the week that is not a bank holiday (the hub, and so the café, is closed on those). */
    static LocalDate openWeekday(String week) {
        LocalDate monday = RotaWeek.parse(week).getMonday();
        return monday.datesUntil(monday.plusDays(5))
                .filter(day -> !BankHolidays.isBankHoliday(day))
                .findFirst()
                .orElseThrow();
    }

    static HttpResponse<String> addMember(String json) {
        return HUB.post("/api/rota/members", json, "staff");
    }

    static JsonObject settings() {
        return HubClient.object(HUB.get("/api/rota/settings", "staff", HubClient.DEMO_PASSWORD));
    }

    static void oneJobCoachSupports(int members) {
        HttpResponse<String> changed = HUB.put(
                "/api/rota/settings",
                "{\"membersPerJobCoach\": %d, \"eventPlaces\": %s}"
                        .formatted(members, settings().getJsonObject("eventPlaces")),
                "staff");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }

    static Map<String, String> fieldErrors(HttpResponse<String> response) {
        Map<String, String> errors = new HashMap<>();
        HubClient.object(response)
                .getJsonArray("errors")
                .getValuesAs(JsonObject.class)
                .forEach(error -> errors.put(error.getString("field"), error.getString("message")));
        return errors;
    }

    @Test
    void staffAddSomeoneToTheTeamAndAutoFillPlacesThemWhereOnlyTheyAreFree() {
        String week = week(20);
        LocalDate sunday = RotaWeek.parse(week).getMonday().plusDays(6);
        String kit = """
                {"name": "Kit Ramsay", "roles": ["kitchen"], "maxHoursPerWeek": 4.5, "needsJobCoach": false,
                 "availability": [{"day": "sunday", "from": "09:00", "until": "13:00"}],
                 "timeAway": [{"first": "%s", "last": "%s"}], "prefersSameShifts": true, "rotaBy": ["email", "calendar"]}
                """.formatted(sunday.plusWeeks(1), sunday.plusWeeks(2));

        HttpResponse<String> added = addMember(kit);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject member = HubClient.object(added);
        long id = member.getJsonNumber("id").longValue();
        assertThat(added.headers().firstValue("Location")).get().asString().endsWith("/api/rota/members/" + id);
        assertThat(member.getString("name")).isEqualTo("Kit Ramsay");
        assertThat(member.getJsonArray("roles").toString()).isEqualTo("[\"kitchen\"]");
        assertThat(member.getJsonNumber("maxHoursPerWeek").bigDecimalValue()).isEqualByComparingTo("4.5");
        assertThat(member.getJsonArray("rotaBy").toString()).isEqualTo("[\"email\",\"calendar\"]");
        assertThat(member.getBoolean("prefersSameShifts")).isTrue();
        assertThat(members()).anySatisfy(listed -> {
            assertThat(listed.getJsonNumber("id").longValue()).isEqualTo(id);
            assertThat(listed.getJsonArray("availability").getJsonObject(0).getString("day"))
                    .isEqualTo("sunday");
        });
        HttpResponse<String> sundayBrunch = HUB.post("/api/rota/" + week + "/shifts", """
                {"date": "%s", "start": "10:00", "end": "12:00", "title": "Sunday brunch", "places": {"kitchen": 1}}
                """.formatted(sunday), "staff");
        assertThat(sundayBrunch.statusCode()).as(sundayBrunch.body()).isEqualTo(201);

        JsonObject filled = HubClient.object(HUB.post("/api/rota/" + week + "/autofill", "", "staff"));

        JsonObject brunch = shifts(filled).stream()
                .filter(shift -> shift.getString("date").equals(sunday.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(assigned(brunch, "kitchen")).containsExactly(id);
        assertThat(shortOf(brunch)).isEmpty();

        HttpResponse<String> changed = HUB.put(
                "/api/rota/members/" + id,
                kit.replace("4.5", "6")
                        .replace("\"timeAway\": [", "\"buddyId\": " + memberId("Alex Morgan") + ", \"timeAway\": ["),
                "staff");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonObject again = HubClient.object(HUB.get("/api/rota/members/" + id, "staff", HubClient.DEMO_PASSWORD));
        assertThat(again.getJsonNumber("maxHoursPerWeek").intValue()).isEqualTo(6);
        assertThat(again.getJsonNumber("buddyId").longValue()).isEqualTo(memberId("Alex Morgan"));
        assertThat(again.getJsonArray("timeAway").getJsonObject(0).getString("first"))
                .isEqualTo(sunday.plusWeeks(1).toString());
    }

    @Test
    void aMemberWithBadDetailsGetsAnErrorForEachFieldAndNothingIsSaved() {
        List<JsonObject> before = members();

        HttpResponse<String> wrong = addMember("""
                {"name": " ", "roles": ["kitchen"], "maxHoursPerWeek": 75,
                 "availability": [{"day": "monday", "from": "12:30", "until": "08:30"}, {"day": "tuesday", "from": "08:30"}],
                 "timeAway": [{"first": "2030-05-10", "last": "2030-05-01"}], "rotaBy": []}
                """);
        HttpResponse<String> coachWhoNeedsOne = addMember("""
                {"name": "Pat Lowe", "roles": ["supervisor_job_coach"], "maxHoursPerWeek": 10, "needsJobCoach": true}
                """);
        HttpResponse<String> staffAccount = addMember("""
                {"name": "Pat Lowe", "roles": ["kitchen"], "maxHoursPerWeek": 10, "username": "staff"}
                """);
        HttpResponse<String> samsAccount = addMember("""
                {"name": "Pat Lowe", "roles": ["kitchen"], "maxHoursPerWeek": 10, "username": "sam"}
                """);
        HttpResponse<String> noBody = addMember("");

        assertProblemJson(wrong, 400);
        assertThat(fieldErrors(wrong))
                .containsOnly(
                        Map.entry("name", "Enter the person's name."),
                        Map.entry("maxHoursPerWeek", "The most hours a week must be more than 0 and no more than 60."),
                        Map.entry(
                                "availability[0].until",
                                "The time they must leave must be after the time they can start."),
                        Map.entry("availability[1].until", "Enter the time they must leave."),
                        Map.entry("timeAway[0].last", "The last day away cannot be before the first day away."),
                        Map.entry("rotaBy", "Choose at least one way for them to get the rota."));
        assertThat(fieldErrors(coachWhoNeedsOne))
                .containsOnly(Map.entry(
                        "needsJobCoach", "Someone who needs a job coach on shift cannot work as a job coach."));
        assertThat(fieldErrors(staffAccount)).containsOnlyKeys("username");
        assertThat(fieldErrors(samsAccount))
                .containsOnly(
                        Map.entry(
                                "username",
                                "\u201csam\u201d already signs in as Sam Kelly on the caf\u00e9 team. Choose another account, or none."));
        assertThat(noBody.statusCode()).isEqualTo(400);
        assertThat(List.of(coachWhoNeedsOne, staffAccount, samsAccount))
                .allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(400));
        assertThat(members()).as("nothing saved").isEqualTo(before);

        long sam = memberId("Sam Kelly");
        JsonObject samBefore = HubClient.object(HUB.get("/api/rota/members/" + sam, "staff", HubClient.DEMO_PASSWORD));
        HttpResponse<String> wrongChange = HUB.put("/api/rota/members/" + sam, """
                {"name": "Sam Kelly", "roles": ["barista"], "maxHoursPerWeek": 0, "username": "sam", "rotaBy": ["easy_read_print"]}
                """, "staff");
        assertThat(fieldErrors(wrongChange)).containsOnlyKeys("maxHoursPerWeek");
        assertThat(HubClient.object(HUB.get("/api/rota/members/" + sam, "staff", HubClient.DEMO_PASSWORD)))
                .as("unchanged")
                .isEqualTo(samBefore);
        assertThat(HUB.get("/api/rota/members/987654", "staff", HubClient.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aVolunteerOrATenantCannotSeeOrChangeTheTeamThePatternOrTheSettings() {
        long sam = memberId("Sam Kelly");
        String someone = "{\"name\": \"Pat Lowe\", \"roles\": [\"kitchen\"], \"maxHoursPerWeek\": 10}";
        String pattern = HubClient.array(HUB.get("/api/rota/pattern", "staff", HubClient.DEMO_PASSWORD))
                .toString();

        for (String username : List.of("sam", "alex", "foodbank")) {
            assertThat(HUB.get("/api/rota/members", username, HubClient.DEMO_PASSWORD)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(HUB.get("/api/rota/members/" + sam, username, HubClient.DEMO_PASSWORD)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(HUB.post("/api/rota/members", someone, username).statusCode())
                    .isEqualTo(403);
            assertThat(HUB.put("/api/rota/members/" + sam, someone, username).statusCode())
                    .isEqualTo(403);
            assertThat(HUB.get("/api/rota/pattern", username, HubClient.DEMO_PASSWORD)
                            .statusCode())
                    .isEqualTo(403);
            HttpResponse<String> patternChange = HUB.put("/api/rota/pattern", "[]", username);
            assertProblemJson(patternChange, 403);
            assertThat(HUB.get("/api/rota/settings", username, HubClient.DEMO_PASSWORD)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(HUB.put("/api/rota/settings", "{\"membersPerJobCoach\": 9}", username)
                            .statusCode())
                    .isEqualTo(403);
        }
        assertThat(HUB.get("/api/rota/members").statusCode()).isEqualTo(401);
        assertThat(HubClient.array(HUB.get("/api/rota/pattern", "staff", HubClient.DEMO_PASSWORD))
                        .toString())
                .isEqualTo(pattern);
        assertThat(settings().getInt("membersPerJobCoach")).isEqualTo(2);
        assertThat(HubClient.object(HUB.get("/api/rota/members/" + sam, "staff", HubClient.DEMO_PASSWORD))
                        .getString("name"))
                .isEqualTo("Sam Kelly");
    }

    @Test
    void staffSetHowManyMembersOneJobCoachSupportsAndEveryChangeKeepsToIt() {
        String week = week(21);
        LocalDate day = RotaWeek.parse(week)
                .getMonday()
                .plusDays(1)
                .datesUntil(RotaWeek.parse(week).getMonday().plusDays(5))
                .filter(date -> !BankHolidays.isBankHoliday(date))
                .findFirst()
                .orElseThrow();
        String morning = day + "T08:30";
        String when = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " morning";
        placed(week, memberId("Maggie Byrne"), morning, "supervisor_job_coach");
        placed(week, memberId("Sam Kelly"), morning, "barista");
        long jo = memberId("Jo Fletcher");
        assertThat(settings().getInt("membersPerJobCoach")).isEqualTo(2);
        assertThat(reassign(week, place(jo, morning, "kitchen")).statusCode())
                .as("two members to one job coach")
                .isEqualTo(200);
        assertThat(reassign(week, takeOff(jo, morning)).statusCode()).isEqualTo(200);
        HttpResponse<String> nought = HUB.put(
                "/api/rota/settings", "{\"membersPerJobCoach\": 0, \"eventPlaces\": {\"kitchen\": 12}}", "staff");
        assertThat(nought.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(nought))
                .containsOnly(
                        Map.entry("membersPerJobCoach", "One job coach can support from 1 to 10 members who need one."),
                        Map.entry("eventPlaces[kitchen]", "Give from 0 to 9 people for each job."));
        assertThat(settings().getInt("membersPerJobCoach")).as("nothing saved").isEqualTo(2);
        try {
            oneJobCoachSupports(1);
            assertThat(settings().getInt("membersPerJobCoach")).isEqualTo(1);

            HttpResponse<String> secondMember = reassign(week, place(jo, morning, "kitchen"));

            assertRefused(
                    secondMember,
                    409,
                    "Jo Fletcher needs a job coach, and every job coach on " + when + " already supports one member.");
            JsonObject filled = HubClient.object(HUB.post("/api/rota/" + week + "/autofill", "", "staff"));
            Map<Long, Boolean> needsCoach = new HashMap<>();
            members()
                    .forEach(member ->
                            needsCoach.put(member.getJsonNumber("id").longValue(), member.getBoolean("needsJobCoach")));
            for (JsonObject shift : shifts(filled)) {
                long supported = places(shift).stream()
                        .flatMap(place -> assigned(shift, place.getString("role")).stream())
                        .filter(needsCoach::get)
                        .count();
                assertThat(supported)
                        .as("one job coach supports one member on %s", shift.getString("id"))
                        .isLessThanOrEqualTo(
                                assigned(shift, "supervisor_job_coach").size());
            }
        } finally {
            oneJobCoachSupports(2);
        }
        assertThat(settings().getInt("membersPerJobCoach")).isEqualTo(2);
    }

    @Test
    void anEventBookedInTheCafeRoomPutsAShiftOnTheRotaAndCancellingItTakesItOff() {
        long cafe = BookingsApiChecks.roomId("cafe");
        String madeWeek = week(23);
        String laterWeek = week(24);
        LocalDate lunchDay = openWeekday(madeWeek);
        LocalDate quizDay = openWeekday(laterWeek);
        assertThat(settings().getJsonObject("eventPlaces").toString())
                .isEqualTo("{\"supervisor_job_coach\":1,\"barista\":0,\"kitchen\":0,\"front_of_house\":1}");
        rotaAs("staff", madeWeek);
        String event = """
                {"roomId": %d, "title": "%s", "type": "%s", "visibility": "public", "expectedAttendance": 30,
                 "start": "%sT%s", "end": "%sT%s"}
                """;

        HttpResponse<String> lunch = HUB.post(
                "/api/bookings",
                event.formatted(cafe, "Community lunch", "event", lunchDay, "12:00", lunchDay, "14:00"),
                "staff");
        HttpResponse<String> meeting = HUB.post(
                "/api/bookings",
                event.formatted(cafe, "Volunteers' meeting", "meeting", lunchDay, "15:00", lunchDay, "16:00"),
                "staff");
        HttpResponse<String> quiz = HUB.post(
                "/api/bookings",
                event.formatted(cafe, "Caf\u00e9 quiz", "cafe", quizDay, "13:00", quizDay, "15:00"),
                "staff");

        assertThat(List.of(lunch, meeting, quiz))
                .allSatisfy(response ->
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(201));
        long lunchId = HubClient.object(lunch).getJsonNumber("id").longValue();
        long quizId = HubClient.object(quiz).getJsonNumber("id").longValue();
        List<JsonObject> events = shifts(rotaAs("staff", madeWeek)).stream()
                .filter(shift -> shift.containsKey("bookingId"))
                .toList();
        assertThat(events)
                .as("the week was on the rota already; the meeting needs no café staff")
                .singleElement()
                .satisfies(shift -> {
                    assertThat(shift.getString("id")).isEqualTo(lunchDay + "T12:00-booking-" + lunchId);
                    assertThat(shift.getJsonNumber("bookingId").longValue()).isEqualTo(lunchId);
                    assertThat(shift.getString("title")).isEqualTo("Community lunch");
                    assertThat(shift.getString("start")).isEqualTo(lunchDay + "T12:00:00");
                    assertThat(shift.getString("end")).isEqualTo(lunchDay + "T14:00:00");
                    assertThat(places(shift))
                            .extracting(place -> place.getString("role") + " " + place.getInt("required"))
                            .containsExactly("supervisor_job_coach 1", "front_of_house 1");
                    assertThat(shortOf(shift)).hasSize(2);
                });
        assertThat(shifts(rotaAs("staff", laterWeek)).stream().filter(shift -> shift.containsKey("bookingId")))
                .as("a week made after the booking has the event too")
                .singleElement()
                .satisfies(shift -> assertThat(shift.getString("title")).isEqualTo("Caf\u00e9 quiz"));

        assertThat(HUB.delete("/api/bookings/" + lunchId, "staff").statusCode()).isEqualTo(200);

        assertThat(shifts(rotaAs("staff", madeWeek))).noneMatch(shift -> shift.containsKey("bookingId"));
        assertThat(shifts(rotaAs("staff", laterWeek)))
                .anyMatch(shift -> shift.getString("id").endsWith("-booking-" + quizId));
    }

    /** How many rows the hub's database keeps for the week, and for the week's shifts. */
    private static List<Long> storedRowsOf(String week) throws SQLException {
        Date monday = Date.valueOf(RotaWeek.parse(week).getMonday());
        try (Connection connection = HubDatabase.readOnly();
                PreparedStatement query = connection.prepareStatement("""
                     select (select count(*) from rota_week w where w.week_start = ?),
                            (select count(*) from rota_shift s join rota_week w on w.id = s.week_id where w.week_start = ?)
                     from sysibm.sysdummy1""")) {
            query.setDate(1, monday);
            query.setDate(2, monday);
            try (ResultSet counts = query.executeQuery()) {
                counts.next();
                return List.of(counts.getLong(1), counts.getLong(2));
            }
        }
    }

    @Test
    void lookingAtAWeekNobodyChangedYetStoresNothingAndTheFirstChangeMakesItAsItWasShown() throws SQLException {
        String week = RotaWeek.containing(TestDates.cafeWeekInLane(TestDates.Lane.UNTOUCHED_WEEK, 0))
                .toString();

        JsonObject planned = rotaAs("staff", week);
        JsonObject again = rotaAs("staff", week);
        HttpResponse<String> deliveries =
                HUB.get("/api/rota/" + week + "/deliveries", "staff", HubClient.DEMO_PASSWORD);

        assertThat(storedRowsOf(week)).as("reading the week stored nothing").containsExactly(0L, 0L);
        assertThat(shifts(planned)).as("planned from the weekly pattern").isNotEmpty();
        assertThat(again).isEqualTo(planned);
        assertThat(deliveries.statusCode()).isEqualTo(200);

        assertThat(HUB.post("/api/rota/" + week + "/publish", "", "staff").statusCode())
                .isEqualTo(200);

        List<Long> stored = storedRowsOf(week);
        assertThat(stored.get(0)).as("the first change made the week").isEqualTo(1L);
        assertThat(stored.get(1)).isGreaterThanOrEqualTo(shifts(planned).size());
        assertThat(shifts(rotaAs("staff", week)).stream()
                        .map(shift -> shift.getString("id"))
                        .toList())
                .as("made as it was shown")
                .isEqualTo(shifts(planned).stream()
                        .map(shift -> shift.getString("id"))
                        .toList());
    }
}

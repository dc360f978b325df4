package community.hub.web;

import static community.hub.web.BookingsApiChecks.postBooking;
import static community.hub.web.HubIT.HUB;
import static community.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import community.hub.HubTime;
import community.hub.booking.BankHolidays;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rooms and organisations API, its roles and its problem details, through the running hub. */
abstract class RoomsApiChecks {

    private static final List<String> DEMO_ROOMS = List.of(
            "clinic-1",
            "clinic-2",
            "youth-hall",
            "sports-hall",
            "training-suite",
            "art-studio",
            "meeting-room",
            "food-bank-store",
            "cafe");

    static String room(String slug, String name, int capacity) {
        return """
                {"slug": "%s", "name": "%s", "capacity": %d, "floor": "Second floor",
                 "features": ["step_free_access", "projector"],
                 "openingHours": [{"day": "monday", "opens": "09:00", "closes": "17:00"},
                                  {"day": "saturday", "opens": "10:00", "closes": "14:00"}],
                 "turnaroundMinutes": 10, "minimumBookingMinutes": 30, "maximumBookingMinutes": 240,
                 "standardHourlyRate": 20.00, "communityHourlyRate": 10.50, "bookableByTenants": true}
                """.formatted(slug, name, capacity);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> slugs(HttpResponse<String> rooms) {
        return HubClient.array(rooms).getValuesAs(JsonObject.class).stream()
                .map(room -> room.getString("slug"))
                .toList();
    }

    @Test
    void anyoneSeesTheNineDemoRoomsWithWhatTheyOfferAndWhenTheyOpen() {
        HttpResponse<String> response = HUB.get("/api/rooms");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(slugs(response)).containsAll(DEMO_ROOMS);
        JsonObject clinic = HubClient.array(response).getValuesAs(JsonObject.class).stream()
                .filter(room -> room.getString("slug").equals("clinic-1"))
                .findFirst()
                .orElseThrow();
        assertThat(clinic.getInt("turnaroundMinutes")).isEqualTo(15);
        assertThat(clinic.getBoolean("bookableByTenants")).isFalse();
        assertThat(clinic.getJsonArray("features").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .contains("clinical_couch", "step_free_access");
        assertThat(clinic.getJsonArray("openingHours").getValuesAs(JsonObject.class))
                .extracting(hours ->
                        hours.getString("day") + " " + hours.getString("opens") + "-" + hours.getString("closes"))
                .containsExactly(
                        "monday 08:00-21:00",
                        "tuesday 08:00-21:00",
                        "wednesday 08:00-21:00",
                        "thursday 08:00-21:00",
                        "friday 08:00-21:00",
                        "saturday 09:00-17:00");
    }

    @Test
    void anAnonymousCallerIsAskedToSignIn() {
        HttpResponse<String> response = HUB.get("/api/organisations");

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .get()
                .asString()
                .startsWith("Basic");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        HttpResponse<String> wrongPassword = HUB.get("/api/organisations", "admin", "not-the-password");
        HttpResponse<String> unknownUser = HUB.get("/api/organisations", "nobody-" + UUID.randomUUID(), "hub-demo");

        assertProblem(wrongPassword, 401);
        assertProblem(unknownUser, 401);
        assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
        assertThat(wrongPassword.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(wrongPassword.body()).doesNotContain("organisations\":[");
    }

    @Test
    void afterTenWrongPasswordsAUsernameIsNotCheckedForAQuarterOfAnHour() {
        String guessed = "guessed-" + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            assertProblem(HUB.get("/api/organisations", guessed, "guess " + i), 401);
        }

        HttpResponse<String> held = HUB.get("/api/organisations", guessed, "guess 10");
        assertProblem(held, 429);
        assertThat(held.headers().firstValue("Retry-After")).get().asString().matches("\\d+");
        assertThat(Long.parseLong(held.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(800L, 900L);
        assertThat(held.body()).contains("too many wrong passwords", "15 minutes");
        assertThat(held.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertProblem(HUB.get("/api/organisations", "nobody-" + UUID.randomUUID(), "guess"), 401);
    }

    @Test
    void aTenantCannotAddARoom() {
        HttpResponse<String> response =
                HUB.post("/api/rooms", room(unique("tenant-room"), unique("Tenant room"), 5), "foodbank");

        assertProblem(response, 403);
        assertThat(slugs(HUB.get("/api/rooms"))).noneMatch(slug -> slug.startsWith("tenant-room"));
    }

    @Test
    void anInvalidRoomIsRefusedFieldByFieldAndNothingIsSaved() {
        String name = unique("Broken room");
        String body = room("Bad Slug", name, 0).replace("\"closes\": \"17:00\"", "\"closes\": null");

        HttpResponse<String> response = HUB.post("/api/rooms", body, "admin");

        assertProblem(response, 400);
        assertThat(HubClient.object(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .contains("slug", "capacity", "openingHours[0].closes");
        assertThat(response.body()).contains("Capacity must be a whole number from 1 to 1000.");
        assertThat(HUB.get("/api/rooms?retired=true").body()).doesNotContain(name);
    }

    @Test
    void aRuleAcrossFieldsIsRefusedWithTheFieldAtFault() {
        String body = room(unique("odd-room"), unique("Odd room"), 5)
                .replace("\"minimumBookingMinutes\": 30", "\"minimumBookingMinutes\": 300");

        HttpResponse<String> response = HUB.post("/api/rooms", body, "admin");

        assertProblem(response, 400);
        JsonObject error = HubClient.object(response).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("maximumBookingMinutes");
        assertThat(error.getString("message"))
                .isEqualTo("The longest booking cannot be shorter than the shortest booking.");
    }

    @Test
    void aSecondRoomWithATakenSlugIsRefusedClearly() {
        HttpResponse<String> response = HUB.post("/api/rooms", room("youth-hall", unique("Another hall"), 30), "admin");

        assertProblem(response, 409);
        JsonObject error = HubClient.object(response).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("slug");
        assertThat(error.getString("message")).contains("youth-hall");
    }

    @Test
    void anUnknownFeatureOrMalformedJsonIsABadRequestThatSaysWhy() {
        HttpResponse<String> unknownFeature = HUB.post(
                "/api/rooms", room(unique("spa"), unique("Spa"), 4).replace("\"projector\"", "\"jacuzzi\""), "admin");
        HttpResponse<String> malformed = HUB.post("/api/rooms", "{\"slug\": ", "admin");

        assertProblem(unknownFeature, 400);
        assertThat(HubClient.object(unknownFeature).getString("detail")).contains("jacuzzi", "step_free_access");
        assertProblem(malformed, 400);
    }

    @Test
    void theHubManagerAddsChangesAndRetiresARoom() {
        String slug = unique("quiet-room");
        HttpResponse<String> created = HUB.post("/api/rooms", room(slug, unique("Quiet room"), 8), "admin");

        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(HUB.get(location).statusCode()).isEqualTo(200);
        String path = java.net.URI.create(location).getPath();

        HttpResponse<String> changed = HUB.put(path, room(slug, "Quiet Room " + slug, 12), "admin");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(HubClient.object(HUB.get(path)).getInt("capacity")).isEqualTo(12);

        assertThat(HUB.delete(path, "admin").statusCode()).isEqualTo(200);
        assertThat(HubClient.object(HUB.get(path)).getBoolean("retired")).isTrue();
        assertThat(slugs(HUB.get("/api/rooms"))).doesNotContain(slug);
    }

    @Test
    void aTenantSeesItsOwnOrganisationButNoOneElses() {
        long own = HubClient.object(HUB.get("/api/me", "foodbank", "hub-demo"))
                .getJsonNumber("organisationId")
                .longValue();
        long other = HubClient.object(HUB.get("/api/me", "youth", "hub-demo"))
                .getJsonNumber("organisationId")
                .longValue();

        HttpResponse<String> mine = HUB.get("/api/organisations/" + own, "foodbank", "hub-demo");
        HttpResponse<String> theirs = HUB.get("/api/organisations/" + other, "foodbank", "hub-demo");

        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(HubClient.object(mine).getString("name")).isEqualTo("Fleetwood Food Bank");
        assertProblem(theirs, 404);
        assertThat(theirs.body()).doesNotContain("Youth Service");
        assertProblem(HUB.get("/api/organisations", "foodbank", "hub-demo"), 403);
    }

    @Test
    void theHubManagerClosesARoomForSomeDaysAndOpensItAgain() {
        long room = ChargesChecks.newRoom();
        long elsewhere = ChargesChecks.newRoom();
        LocalDate day = TestDates.inLane(TestDates.Lane.ROOMS_AND_CLOSURES, 0, DayOfWeek.WEDNESDAY, 2);
        String reason = "Boiler repair " + unique("closure");
        String twoDays = closure(room, day, day.plusDays(1), reason);

        assertProblem(HUB.post("/api/closures", twoDays, "staff"), 403);
        HttpResponse<String> closed = HUB.post("/api/closures", twoDays, "admin");

        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);
        JsonObject closure = HubClient.object(closed);
        long id = closure.getJsonNumber("id").longValue();
        assertThat(closed.headers().firstValue("Location")).get().asString().endsWith("/api/closures/" + id);
        assertThat(closure.getJsonNumber("roomId").longValue()).isEqualTo(room);
        assertThat(closure.getString("firstDay")).isEqualTo(day.toString());
        assertThat(closure.getString("lastDay")).isEqualTo(day.plusDays(1).toString());
        assertThat(closure.getString("reason")).isEqualTo(reason);
        assertThat(HubClient.array(HUB.get(
                                "/api/closures?from=" + day.plusDays(1) + "&to=" + day.plusDays(1),
                                "staff",
                                "hub-demo"))
                        .getValuesAs(JsonObject.class))
                .extracting(listed -> listed.getJsonNumber("id").longValue())
                .contains(id);
        HttpResponse<String> refused = choirTheDayAfter(room, day);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(HubClient.object(refused)
                        .getJsonArray("clashes")
                        .getJsonObject(0)
                        .getString("with"))
                .isEqualTo(reason);
        assertThat(choirTheDayAfter(elsewhere, day).statusCode())
                .as("other rooms stay open")
                .isEqualTo(201);

        assertProblem(HUB.delete("/api/closures/" + id, "staff"), 403);
        HttpResponse<String> opened = HUB.delete("/api/closures/" + id, "admin");

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(choirTheDayAfter(room, day).statusCode()).as("open again").isEqualTo(201);
        assertProblem(HUB.delete("/api/closures/" + id, "admin"), 404);
    }

    /** Staff book the room for a choir from 10:00 to 11:00 the day after the given one. */
    private static HttpResponse<String> choirTheDayAfter(long room, LocalDate day) {
        LocalDate next = day.plusDays(1);
        return postBooking("staff", BookingsApiChecks.once(room, "Choir", next, "10:00", "11:00"));
    }

    @Test
    void aClosureOverBookedDatesOrWithoutItsDaysAndReasonIsRefusedAndSavesNothing() {
        long room = ChargesChecks.newRoom();
        LocalDate day = TestDates.inLane(TestDates.Lane.ROOMS_AND_CLOSURES, 2, DayOfWeek.THURSDAY, 1);
        long booked = ChargesChecks.book("staff", room, null, "Art class", day.atTime(13, 0), day.atTime(15, 0));

        HttpResponse<String> overTheRoom =
                HUB.post("/api/closures", closure(room, day, day, "Painting the walls"), "admin");
        HttpResponse<String> overTheHub = HUB.post("/api/closures", """
                {"firstDay": "%s", "lastDay": "%s", "reason": "Power cut"}
                """.formatted(day, day), "admin");

        assertProblem(overTheRoom, 409);
        assertThat(HubClient.object(overTheRoom)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message"))
                .isEqualTo("One booked date falls in this closure, the first on "
                        + day + " in Hire room "
                        + HubClient.object(HUB.get("/api/rooms/" + room)).getString("slug") + " (booking " + booked
                        + "). Move or cancel them first.");
        JsonObject inTheWay =
                HubClient.object(overTheRoom).getJsonArray("clashes").getJsonObject(0);
        assertThat(inTheWay.getJsonNumber("roomId").longValue()).isEqualTo(room);
        assertThat(inTheWay.getString("start")).startsWith(day + "T13:00");
        assertThat(inTheWay.getString("end")).startsWith(day + "T15:00");
        assertThat(inTheWay.getString("cause")).isEqualTo("booked");
        assertThat(inTheWay.getString("with")).isEqualTo("Art class");
        assertThat(HubClient.object(overTheHub).getJsonArray("clashes").getValuesAs(JsonObject.class))
                .as("every booked date in the way is listed")
                .anyMatch(clash -> clash.getString("with").equals("Art class"));
        assertProblem(overTheHub, 409);
        assertThat(HubClient.object(overTheHub)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message"))
                .as("the whole hub closes over no room's bookings")
                .contains("in this closure, the first on " + day, "Move or cancel them first.");
        assertThat(HubClient.array(HUB.get("/api/closures?from=" + day + "&to=" + day, "admin", "hub-demo"))
                        .getValuesAs(JsonObject.class))
                .as("nothing was closed")
                .noneMatch(listed -> listed.getString("reason").equals("Painting the walls")
                        || listed.getString("reason").equals("Power cut"));
        assertFieldError(HUB.post("/api/closures", closure(room, day, day, " "), "admin"), "reason");
        assertFieldError(
                HUB.post("/api/closures", closure(room, day, day.minusDays(1), "Painting"), "admin"), "lastDay");
        assertFieldError(HUB.post("/api/closures", closure(987654321L, day, day, "Painting"), "admin"), "roomId");
        assertFieldError(HUB.post("/api/closures", "{\"reason\": \"Painting\"}", "admin"), "firstDay");

        assertThat(HUB.delete("/api/bookings/" + booked, "staff").statusCode()).isEqualTo(200);
        HttpResponse<String> closed = HUB.post("/api/closures", closure(room, day, day, "Painting the walls"), "admin");
        assertThat(closed.statusCode()).as("a cancelled booking holds nothing").isEqualTo(201);
        assertThat(HUB.delete(
                                "/api/closures/"
                                        + HubClient.object(closed)
                                                .getJsonNumber("id")
                                                .longValue(),
                                "admin")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theHubIsClosedOnBankHolidaysYearsAheadAndOneTheHubManagerOpensIsKeptOpen() throws SQLException {
        LocalDate fiveYearsOn =
                BankHolidays.firstFrom(LocalDate.now(HubTime.ZONE).plusYears(5));
        List<JsonObject> closed = HubClient.array(HUB.get(
                        "/api/closures?from=" + fiveYearsOn + "&to=" + fiveYearsOn, "staff", HubClient.DEMO_PASSWORD))
                .getValuesAs(JsonObject.class);
        assertThat(closed).singleElement().satisfies(closure -> {
            assertThat(closure.containsKey("roomId") && !closure.isNull("roomId"))
                    .as("the whole hub")
                    .isFalse();
            assertThat(closure.getString("reason")).isEqualTo("Bank holiday: the hub is closed");
        });

        LocalDate fourYearsOn =
                BankHolidays.firstFrom(LocalDate.now(HubTime.ZONE).plusYears(4));
        long id = HubClient.array(HUB.get(
                        "/api/closures?from=" + fourYearsOn + "&to=" + fourYearsOn, "staff", HubClient.DEMO_PASSWORD))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertThat(HUB.delete("/api/closures/" + id, "admin").statusCode()).isEqualTo(200);

        assertThat(HubClient.array(HUB.get(
                        "/api/closures?from=" + fourYearsOn + "&to=" + fourYearsOn, "staff", HubClient.DEMO_PASSWORD)))
                .as("open that day")
                .isEmpty();
        try (Connection connection = HubDatabase.readOnly();
                PreparedStatement query =
                        connection.prepareStatement("select day from bank_holiday_kept_open where day = ?")) {
            query.setDate(1, Date.valueOf(fourYearsOn));
            try (ResultSet kept = query.executeQuery()) {
                assertThat(kept.next())
                        .as("kept open: the nightly round does not close it again")
                        .isTrue();
            }
        }
    }

    private static String closure(long room, LocalDate first, LocalDate last, String reason) {
        return """
                {"roomId": %d, "firstDay": "%s", "lastDay": "%s", "reason": "%s"}
                """.formatted(room, first, last, reason);
    }

    private static void assertFieldError(HttpResponse<String> response, String field) {
        assertProblem(response, 400);
        assertThat(HubClient.object(response)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo(field);
    }
}

package community.hub.web;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

/** The rooms and organisations API, its roles and its problem details, through the running hub. */
abstract class RoomsApiChecks {

    private static final List<String> DEMO_ROOMS = List.of("clinic-1", "clinic-2", "youth-hall", "sports-hall",
            "training-suite", "art-studio", "meeting-room", "food-bank-store", "cafe");

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
        return HubClient.array(rooms).getValuesAs(JsonObject.class).stream().map(room -> room.getString("slug")).toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonObject problem = HubClient.object(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank().doesNotContain("Exception", "at community.");
    }

    @Test
    void anyoneSeesTheNineDemoRoomsWithWhatTheyOfferAndWhenTheyOpen() {
        HttpResponse<String> response = HUB.get("/api/rooms");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(slugs(response)).containsAll(DEMO_ROOMS);
        JsonObject clinic = HubClient.array(response).getValuesAs(JsonObject.class).stream()
                .filter(room -> room.getString("slug").equals("clinic-1")).findFirst().orElseThrow();
        assertThat(clinic.getInt("turnaroundMinutes")).isEqualTo(15);
        assertThat(clinic.getBoolean("bookableByTenants")).isFalse();
        assertThat(clinic.getJsonArray("features").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("clinical_couch", "step_free_access");
        assertThat(clinic.getJsonArray("openingHours").getValuesAs(JsonObject.class))
                .extracting(hours -> hours.getString("day") + " " + hours.getString("opens") + "-" + hours.getString("closes"))
                .containsExactly("monday 08:00-21:00", "tuesday 08:00-21:00", "wednesday 08:00-21:00",
                        "thursday 08:00-21:00", "friday 08:00-21:00", "saturday 09:00-17:00");
    }

    @Test
    void anAnonymousCallerIsAskedToSignIn() {
        HttpResponse<String> response = HUB.get("/api/organisations");

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        HttpResponse<String> wrongPassword = HUB.get("/api/organisations", "admin", "not-the-password");
        HttpResponse<String> unknownUser = HUB.get("/api/organisations", "nobody-" + UUID.randomUUID(), "hub-demo");

        assertProblem(wrongPassword, 401);
        assertProblem(unknownUser, 401);
        assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
        assertThat(wrongPassword.body()).doesNotContain("organisations\":[");
    }

    @Test
    void aTenantCannotAddARoom() {
        HttpResponse<String> response = HUB.post("/api/rooms", room(unique("tenant-room"), unique("Tenant room"), 5), "foodbank");

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
        String body = room(unique("odd-room"), unique("Odd room"), 5).replace("\"minimumBookingMinutes\": 30", "\"minimumBookingMinutes\": 300");

        HttpResponse<String> response = HUB.post("/api/rooms", body, "admin");

        assertProblem(response, 400);
        JsonObject error = HubClient.object(response).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("maximumBookingMinutes");
        assertThat(error.getString("message")).isEqualTo("The longest booking cannot be shorter than the shortest booking.");
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
        HttpResponse<String> unknownFeature = HUB.post("/api/rooms",
                room(unique("spa"), unique("Spa"), 4).replace("\"projector\"", "\"jacuzzi\""), "admin");
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
        long own = HubClient.object(HUB.get("/api/me", "foodbank", "hub-demo")).getJsonNumber("organisationId").longValue();
        long other = HubClient.object(HUB.get("/api/me", "youth", "hub-demo")).getJsonNumber("organisationId").longValue();

        HttpResponse<String> mine = HUB.get("/api/organisations/" + own, "foodbank", "hub-demo");
        HttpResponse<String> theirs = HUB.get("/api/organisations/" + other, "foodbank", "hub-demo");

        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(HubClient.object(mine).getString("name")).isEqualTo("Fleetwood Food Bank");
        assertProblem(theirs, 404);
        assertThat(theirs.body()).doesNotContain("Youth Service");
        assertProblem(HUB.get("/api/organisations", "foodbank", "hub-demo"), 403);
    }
}

package community.hub.web;

import static community.hub.web.BookingsApiChecks.postBooking;
import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Invariant 5 walked end to end: every page, endpoint and download that takes an organisation's or a booking's id,
 * asked by a member of another organisation, refuses (404, or 403 where the role itself is not allowed) and changes
 * nothing. The food bank's coordinator tries every one of them on NHS CAMHS.
 */
abstract class IsolationChecks {

    @Test
    void noOrganisationCanReachAnothersBookingsChargesFeedsOrDetails() {
        long room = ChargesChecks.newRoom();
        LocalDate day = TestDates.weekdayInDays(30);
        long theirs =
                ChargesChecks.book("camhs", room, null, "Private CAMHS session", day.atTime(10, 0), day.atTime(11, 0));
        long camhs = me("camhs").getJsonNumber("organisationId").longValue();
        long theirFeed = HubClient.array(HUB.post("/api/me/feeds", "", "camhs"))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String month = YearMonth.from(day).toString();
        String moved = "{\"roomId\": " + room + ", \"start\": \"" + day.atTime(12, 0) + "\", \"end\": \""
                + day.atTime(13, 0) + "\"}";
        String changed = BookingsApiChecks.booking(
                room,
                "Taken over",
                day.atTime(14, 0).toString(),
                day.atTime(15, 0).toString(),
                "");

        Map<String, Supplier<HttpResponse<String>>> api = new LinkedHashMap<>();
        api.put("read the booking", () -> HUB.get("/api/bookings/" + theirs, "foodbank", HubClient.DEMO_PASSWORD));
        api.put("change the booking", () -> HUB.put("/api/bookings/" + theirs, changed, "foodbank"));
        api.put("move one date", () -> HUB.put("/api/bookings/" + theirs + "/occurrences/" + day, moved, "foodbank"));
        api.put("cancel one date", () -> HUB.delete("/api/bookings/" + theirs + "/occurrences/" + day, "foodbank"));
        api.put("cancel the booking", () -> HUB.delete("/api/bookings/" + theirs, "foodbank"));
        api.put(
                "read the organisation",
                () -> HUB.get("/api/organisations/" + camhs, "foodbank", HubClient.DEMO_PASSWORD));
        api.put(
                "read the charges",
                () -> HUB.get(
                        "/api/charges?organisationId=" + camhs + "&month=" + month,
                        "foodbank",
                        HubClient.DEMO_PASSWORD));
        api.put(
                "download the statement",
                () -> HUB.get(
                        "/api/charges/statement.csv?organisationId=" + camhs + "&month=" + month,
                        "foodbank",
                        HubClient.DEMO_PASSWORD,
                        "text/csv"));
        api.put("replace their feed address", () -> HUB.post("/api/me/feeds/" + theirFeed + "/rotate", "", "foodbank"));
        api.put(
                "record attendance",
                () -> HUB.put(
                        "/api/bookings/" + theirs + "/occurrences/" + day + "/attendance",
                        "{\"count\": 3}",
                        "foodbank"));
        api.put(
                "read attendance",
                () -> HUB.get(
                        "/api/bookings/" + theirs + "/occurrences/" + day + "/attendance",
                        "foodbank",
                        HubClient.DEMO_PASSWORD));
        api.forEach((what, call) -> assertThat(call.get().statusCode()).as(what).isEqualTo(404));

        Map<String, Supplier<HttpResponse<String>>> staffOnly = new LinkedHashMap<>();
        staffOnly.put("approve the request", () -> HUB.post("/api/bookings/" + theirs + "/approve", "", "foodbank"));
        staffOnly.put(
                "decline the request",
                () -> HUB.post("/api/bookings/" + theirs + "/decline", "{\"reason\": \"no\"}", "foodbank"));
        staffOnly.put(
                "read the hub's income", () -> HUB.get("/api/charges/income", "foodbank", HubClient.DEMO_PASSWORD));
        staffOnly.put("list organisations", () -> HUB.get("/api/organisations", "foodbank", HubClient.DEMO_PASSWORD));
        staffOnly.put(
                "read the utilisation report",
                () -> HUB.get("/api/reports/utilisation", "foodbank", HubClient.DEMO_PASSWORD));
        staffOnly.put(
                "read the activity report",
                () -> HUB.get("/api/reports/activity.csv", "foodbank", HubClient.DEMO_PASSWORD, "text/csv"));
        staffOnly.put(
                "read the impact report", () -> HUB.get("/api/reports/impact", "foodbank", HubClient.DEMO_PASSWORD));
        staffOnly.put("read other income", () -> HUB.get("/api/income", "foodbank", HubClient.DEMO_PASSWORD));
        staffOnly.put(
                "record other income",
                () -> HUB.post(
                        "/api/income", "{\"month\": \"2027-01\", \"source\": \"grant\", \"amount\": 5}", "foodbank"));
        staffOnly.forEach(
                (what, call) -> assertThat(call.get().statusCode()).as(what).isEqualTo(403));

        HttpResponse<String> listed = HUB.get(
                "/api/bookings?organisationId=" + camhs + "&from=" + day + "&to=" + day,
                "foodbank",
                HubClient.DEMO_PASSWORD);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain("Private CAMHS session");
        HttpResponse<String> bookedForThem = postBooking(
                "foodbank",
                BookingsApiChecks.booking(
                        room,
                        "In their name",
                        day.atTime(16, 0).toString(),
                        day.atTime(17, 0).toString(),
                        "\"organisationId\": " + camhs));
        assertThat(bookedForThem.statusCode()).isEqualTo(400);

        try (Browser foodBank = new Browser(HUB)) {
            String session = foodBank.signIn("foodbank").sessionCookie();
            Map<String, Integer> pages = new LinkedHashMap<>();
            pages.put("/bookings/booking.xhtml?id=" + theirs, 404);
            pages.put("/charges/statement.xhtml?organisation=" + camhs + "&month=" + month, 404);
            pages.put("/api/charges/statement.csv?organisationId=" + camhs + "&month=" + month, 404);
            pages.put("/admin/organisation.xhtml?id=" + camhs, 403);
            pages.put("/staff/income.xhtml", 403);
            pages.put("/staff/reports.xhtml", 403);
            pages.put("/staff/impact.xhtml", 403);
            pages.forEach((page, status) -> {
                HttpResponse<String> response = HUB.getSignedIn(page, session);
                assertThat(response.statusCode()).as(page).isEqualTo(status);
                assertThat(response.body()).as(page).doesNotContain("Private CAMHS session", "NHS CAMHS");
            });
            foodBank.open("/tenant/index.xhtml");
            assertThat(foodBank.heading()).isEqualTo("Fleetwood Food Bank");
            assertThat(foodBank.pageText()).doesNotContain("Private CAMHS session");
        }

        JsonObject unchanged = HubClient.object(HUB.get("/api/bookings/" + theirs, "camhs", HubClient.DEMO_PASSWORD));
        assertThat(unchanged.getString("title")).isEqualTo("Private CAMHS session");
        assertThat(unchanged.getString("status")).isEqualTo("PENDING");
        assertThat(unchanged.getJsonArray("occurrences").getJsonObject(0).getString("start"))
                .startsWith(day + "T10:00");
    }

    private static JsonObject me(String username) {
        return HubClient.object(HUB.get("/api/me", username, HubClient.DEMO_PASSWORD));
    }
}

package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import community.hub.HubTime;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The log of changes (SPEC §6, Accounts and settings): each change by staff or the hub manager is listed with who, what
 * and when, on a page only the hub manager opens; a refused change leaves nothing in it.
 */
abstract class ChangeLogChecks {

    private static long newRoom(String name) {
        HttpResponse<String> added =
                HUB.post("/api/rooms", RoomsApiChecks.room(RoomsApiChecks.unique("logged"), name, 12), "admin");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return HubClient.object(added).getJsonNumber("id").longValue();
    }

    private static String closure(long room, LocalDate day, String reason) {
        return """
                {"roomId": %d, "firstDay": "%s", "lastDay": "%s", "reason": "%s"}
                """.formatted(room, day, day, reason);
    }

    /** The logged changes to one record, newest first, as the API lists them. */
    private static List<JsonObject> logged(String kind, String recordName) {
        HttpResponse<String> log =
                HUB.get("/api/change-log?kind=" + kind + "&limit=500", "admin", HubClient.DEMO_PASSWORD);
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        return HubClient.array(log).getValuesAs(JsonObject.class).stream()
                .filter(entry -> recordName.equals(entry.getString("recordName", null)))
                .toList();
    }

    @Test
    void theHubManagersChangesToARoomsRateAndAClosureAreListedWithWhoWhatAndWhen() {
        String name = RoomsApiChecks.unique("Logged room");
        long room = newRoom(name);
        String slug = HubClient.object(HUB.get("/api/rooms/" + room)).getString("slug");
        String dearer = RoomsApiChecks.room(slug, name, 12).replace("20.00", "24.00");
        assertThat(HUB.put("/api/rooms/" + room, dearer, "admin").statusCode()).isEqualTo(200);
        LocalDate day = TestDates.inLane(TestDates.Lane.ROOMS_AND_CLOSURES, 9, DayOfWeek.TUESDAY, 1);
        String reason = RoomsApiChecks.unique("Damp survey");
        HttpResponse<String> closed = HUB.post("/api/closures", closure(room, day, reason), "admin");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);

        assertThat(logged("ROOM", name))
                .extracting(entry -> entry.getString("who") + " " + entry.getString("change"))
                .containsExactly("admin CHANGED", "admin ADDED");
        assertThat(logged("ROOM", name).get(0).getString("detail"))
                .as("the rate, old and new")
                .isEqualTo("standard rate \u00a320.00 \u2192 \u00a324.00 an hour");
        assertThat(logged("CLOSURE", name)).hasSize(1);
        JsonObject closing = logged("CLOSURE", name).get(0);
        assertThat(closing.getString("who")).isEqualTo("admin");
        assertThat(closing.getString("detail")).isEqualTo(day + ": " + reason);
        String when = Instant.parse(closing.getString("at"))
                .atZone(HubTime.ZONE)
                .format(DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK));
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("admin").open("/").follow("navChangeLog");
            assertThat(browser.heading()).isEqualTo("Change log");
            String changes = browser.text("changes");
            assertThat(changes).contains("Room changed", "Room added", "Closure added", name, reason, "admin", when);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.choose("thing", "Closure")
                    .choose("who", "admin")
                    .fill("from", TestDates.fromToday().today().minusDays(7).toString())
                    .fill("to", TestDates.fromToday().today().toString())
                    .submit("applyFilter");

            assertThat(browser.driver().getCurrentUrl()).contains("thing=CLOSURE", "who=admin");
            assertThat(browser.text("changes"))
                    .contains("Closure added", reason)
                    .doesNotContain("Room changed", "Room added");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.fill("from", TestDates.fromToday().today().toString())
                    .fill("to", TestDates.fromToday().today().minusDays(1).toString())
                    .submit("applyFilter");
            assertThat(browser.text("to-error")).isEqualTo("The last day must be on or after the first day.");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void changesToTheCafeTeamAndALiftedSignInHoldAreListedInPlainWords() {
        String name = RoomsApiChecks.unique("Logged Member");
        HttpResponse<String> added = RotaApiChecks.addMember("""
                {"name": "%s", "roles": ["kitchen"], "maxHoursPerWeek": 8}""".formatted(name));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long member = HubClient.object(added).getJsonNumber("id").longValue();
        assertThat(HUB.post("/api/rota/members/" + member + "/leave", "", "staff")
                        .statusCode())
                .isEqualTo(200);
        assertThat(HUB.post("/api/rota/members/" + member + "/come-back", "", "staff")
                        .statusCode())
                .isEqualTo(200);
        String held = RoomsApiChecks.unique("held").toLowerCase(Locale.ROOT);
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("admin")
                    .open("/admin/accounts.xhtml")
                    .type("heldUsername", "alex")
                    .submit("liftHold");
            browser.open("/admin/accounts.xhtml").type("heldUsername", held).submit("liftHold");
        }

        assertThat(logged("CAFE_MEMBER", name))
                .extracting(entry -> entry.getString("who") + " " + entry.getString("change"))
                .containsExactly("staff BACK_ON_TEAM", "staff LEFT_TEAM", "staff ADDED");
        assertThat(logged("CAFE_MEMBER", name).get(1).getString("sentence"))
                .isEqualTo("Cafe member " + name + " left the team");
        assertThat(logged("ACCOUNT", "alex"))
                .extracting(entry -> entry.getString("change"))
                .contains("HOLD_LIFTED");
        HttpResponse<String> log = HUB.get("/api/change-log?kind=ACCOUNT&limit=500", "admin", HubClient.DEMO_PASSWORD);
        assertThat(log.body())
                .as("a username no account has is not written down")
                .doesNotContain(held)
                .contains("a username no account has");
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("admin").open("/admin/change-log.xhtml?thing=CAFE_MEMBER");
            assertThat(browser.text("changes"))
                    .contains("Caf\u00e9 team member: left the caf\u00e9 team", name)
                    .doesNotContain("changeLog.", "LEFT_TEAM");
        }
    }

    @Test
    void recordingAndRemovingOtherIncomeIsListedWithTheMonthSourceAndAmount() {
        int pence = 100 + (int) (Math.random() * 90_000);
        String amount = "1200." + String.format(Locale.ROOT, "%02d", pence % 100);
        String pounds = "\u00a3" + "1,200." + amount.substring(5);
        HttpResponse<String> recorded = HUB.post("/api/income", """
                {"month": "2017-03", "source": "contract", "amount": %s, "note": "Social prescribing"}""".formatted(amount), "staff");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        long id = HubClient.object(recorded).getJsonNumber("id").longValue();
        assertThat(HUB.delete("/api/income/" + id, "admin").statusCode()).isEqualTo(204);

        List<JsonObject> logged = logged("INCOME", "Contract from a commissioner, March 2017").stream()
                .filter(entry -> pounds.equals(entry.getString("detail", null)))
                .toList();
        assertThat(logged)
                .extracting(entry -> entry.getString("who") + " " + entry.getString("change"))
                .containsExactly("admin REMOVED", "staff ADDED");
        assertThat(logged)
                .allSatisfy(entry -> assertThat(Instant.parse(entry.getString("at")))
                        .isBetween(
                                Instant.now().minusSeconds(300), Instant.now().plusSeconds(5)));
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("admin").open("/admin/change-log.xhtml?thing=INCOME");
            assertThat(browser.text("changes"))
                    .contains("Other income added", "Contract from a commissioner, March 2017 (" + pounds + ")")
                    .doesNotContain("changeLog.");
        }
    }

    @Test
    void aRefusedChangeLeavesNothingInTheLog() {
        String name = RoomsApiChecks.unique("Unchanged room");
        long room = newRoom(name);
        String broken = RoomsApiChecks.room(RoomsApiChecks.unique("logged"), name, -3);
        LocalDate day = TestDates.inLane(TestDates.Lane.ROOMS_AND_CLOSURES, 9, DayOfWeek.WEDNESDAY, 1);

        assertThat(HUB.put("/api/rooms/" + room, broken, "admin").statusCode()).isEqualTo(400);
        assertThat(HUB.post("/api/closures", closure(room, day, " "), "admin").statusCode())
                .isEqualTo(400);
        assertThat(HUB.post("/api/closures", closure(room, day, "Not allowed"), "staff")
                        .statusCode())
                .isEqualTo(403);

        assertThat(logged("ROOM", name))
                .extracting(entry -> entry.getString("change"))
                .containsExactly("ADDED");
        assertThat(logged("CLOSURE", name)).isEmpty();
    }

    @Test
    void onlyTheHubManagerReadsTheLog() {
        assertThat(HUB.get("/api/change-log", "staff", HubClient.DEMO_PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(HUB.get("/api/change-log", "foodbank", HubClient.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(403);
        assertThat(HUB.get("/api/change-log").statusCode()).isEqualTo(401);
        LocalDate today = TestDates.fromToday().today();
        assertThat(HUB.get(
                                "/api/change-log?from=" + today + "&to=" + today.minusDays(1),
                                "admin",
                                HubClient.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(400);
        for (String someone : List.of("staff", "foodbank")) {
            try (Browser browser = new Browser(HUB)) {
                browser.signIn(someone).open("/admin/change-log.xhtml");
                assertThat(browser.pageText()).doesNotContain("Show these changes", "Changes, newest first");
                assertThat(browser.all(org.openqa.selenium.By.id("navChangeLog")))
                        .isEmpty();
            }
        }
    }
}

package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The hub's own details (SPEC §2, Hub settings): read by anyone, changed by the hub manager only, whole or not at all,
 * and used by pages, feeds and emails. Each check that changes them puts the demo's back before it ends.
 */
abstract class SettingsChecks {

    static final String DEMO = """
            {"name": "Fleetwood Community Hub", "address": "The old hospital, Fleetwood (demo address)",
             "contactEmail": "bookings@hub.example", "contactPhone": "01253 000 000", "publicNotice": null}""";

    private static JsonObject settings() {
        HttpResponse<String> read = HUB.get("/api/settings");
        assertThat(read.statusCode()).isEqualTo(200);
        return HubClient.object(read);
    }

    private static void putBack() {
        assertThat(HUB.put("/api/settings", DEMO, "admin").statusCode()).isEqualTo(200);
    }

    @Test
    void anyoneReadsTheHubsDetailsWhichTheDemoSetsAsFleetwoods() {
        JsonObject settings = settings();

        assertThat(settings.getString("name")).isEqualTo("Fleetwood Community Hub");
        assertThat(settings.getString("contactEmail")).isEqualTo("bookings@hub.example");
        assertThat(settings.getString("contactPhone")).isEqualTo("01253 000 000");
    }

    @Test
    void onlyTheHubManagerChangesThem() {
        String change = DEMO.replace("Fleetwood Community Hub", "Someone Else's Hub");

        assertThat(HUB.put("/api/settings", change, "staff").statusCode()).isEqualTo(403);
        assertThat(HUB.put("/api/settings", change, "foodbank").statusCode()).isEqualTo(403);
        assertThat(HUB.send("PUT", "/api/settings", change).statusCode()).isEqualTo(401);
        assertThat(settings().getString("name")).isEqualTo("Fleetwood Community Hub");
    }

    @Test
    void badDetailsAreRefusedFieldByFieldAndNothingIsHalfSaved() {
        HttpResponse<String> refused = HUB.put("/api/settings", """
                {"name": " ", "address": "Somewhere new", "contactEmail": "not an address", "contactPhone": "call us",
                 "publicNotice": "Half-saved?"}""", "admin");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(HubClient.object(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder("name", "contactEmail", "contactPhone");
        JsonObject after = settings();
        assertThat(after.getString("address")).isEqualTo("The old hospital, Fleetwood (demo address)");
        assertThat(after.containsKey("publicNotice")).isFalse();
    }

    @Test
    void theNameIsWhatPagesFeedsAndEmailsCallTheHub() {
        try {
            HttpResponse<String> changed = HUB.put("/api/settings", """
                    {"name": "Riverside Community Hub", "address": "1 Mill Lane, Riverside",
                     "contactEmail": "hello@riverside.example", "contactPhone": "0100 000 000",
                     "publicNotice": "The hub closes at 17:00 on Friday for a staff day."}""", "admin");

            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(HubClient.object(changed).getString("name")).isEqualTo("Riverside Community Hub");
            String page = HUB.get("/").body();
            assertThat(page)
                    .contains(
                            "Riverside Community Hub",
                            "1 Mill Lane, Riverside",
                            "hello@riverside.example",
                            "The hub closes at 17:00 on Friday for a staff day.")
                    .doesNotContain("Fleetwood Community Hub");
            assertThat(HUB.get("/spaces.xhtml").body()).contains("<title>").contains("Riverside Community Hub");
            awaitFeedNamed("/calendar/hub.ics", "X-WR-CALNAME:What's on at Riverside Community Hub");
            awaitFeedNamed("/calendar/rooms/youth-hall.ics", "Riverside Community Hub");
        } finally {
            putBack();
        }
        assertThat(HUB.get("/").body()).contains("Fleetwood Community Hub").doesNotContain("Riverside");
    }

    /** Feeds are rebuilt once the hub notices the change: at once on this instance, within a second or two at most. */
    private static void awaitFeedNamed(String path, String words) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String feed = HUB.get(path).body();
        while (!feed.contains(words) && System.nanoTime() < deadline) {
            sleep();
            feed = HUB.get(path).body();
        }
        assertThat(feed).contains(words);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theHubManagerChangesThemOnTheSettingsPageWithErrorsBesideTheFields() {
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("admin").open("/").follow("navHubSettings");
            assertThat(browser.heading()).isEqualTo("Hub settings");
            assertThat(browser.value("name")).isEqualTo("Fleetwood Community Hub");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.type("name", " ")
                    .type("contactEmail", "nobody at all")
                    .type("publicNotice", "Not saved")
                    .submit("save");

            assertThat(browser.text("name-error")).isEqualTo("Enter the hub's name.");
            assertThat(browser.text("contactEmail-error")).startsWith("Enter an email address");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            assertThat(settings().getString("name")).isEqualTo("Fleetwood Community Hub");
            assertThat(settings().containsKey("publicNotice")).isFalse();

            browser.type("name", "Fleetwood Community Hub")
                    .type("contactEmail", "bookings@hub.example")
                    .type("publicNotice", "The café is closed on Monday.")
                    .submit("save");

            assertThat(browser.pageText()).contains("Settings saved.");
            assertThat(browser.open("/").text("publicNotice"))
                    .contains("Notice from the hub", "The café is closed on Monday.");
        } finally {
            putBack();
        }
    }

    @Test
    void staffCannotOpenTheSettingsPage() {
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/admin/settings.xhtml");
            assertThat(browser.pageText()).doesNotContain("Save settings");
        }
    }
}

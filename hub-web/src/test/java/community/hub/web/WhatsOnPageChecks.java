package community.hub.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

/** What's on for residents, in headless Chromium: accessible to WCAG checks, filterable, subscribable. */
abstract class WhatsOnPageChecks {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private static String axeScript() {
        try (InputStream script = WhatsOnPageChecks.class.getResourceAsStream(AXE)) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Runs Deque's axe-core in the page and returns the serious and critical WCAG 2.x A/AA violations. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Browser browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript(axeScript());
        Map<String, Object> results = (Map<String, Object>) page.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(done, error => done({violations: [{id: 'axe-error', impact: 'critical', help: String(error)}]}));");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) results.get("violations");
        return violations.stream()
                .filter(violation -> "serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact")))
                .map(violation -> violation.get("id") + ": " + violation.get("help")).toList();
    }

    @Test
    void whatsOnAndThePublicPagesHaveNoSeriousAccessibilityViolations() {
        try (Browser browser = new Browser(HUB)) {
            for (String page : new String[] {"/", "/?type=youth_work&feature=hearing_loop", "/spaces.xhtml", "/login.xhtml"}) {
                browser.open(page);
                assertThat(seriousViolations(browser)).as(page).isEmpty();
            }
        }
    }

    @Test
    void aResidentFiltersByTypeAndSubscribesToJustThat() {
        try (Browser browser = new Browser(HUB)) {
            browser.open("/").choose("type", "Food bank").submit("show");

            assertThat(browser.text("count")).matches("\\d+ activities|One activity");
            assertThat(browser.driver().findElements(By.cssSelector(".activity__title")))
                    .isNotEmpty().allSatisfy(title -> assertThat(title.getText()).isEqualTo("Food bank"));
            String webcal = browser.driver().findElement(By.id("webcalFiltered")).getAttribute("href");
            String address = browser.driver().findElement(By.id("feedFiltered")).getAttribute("href");

            assertThat(webcal).startsWith("webcal://").endsWith("/calendar/hub.ics?type=food_bank");
            String feed = HUB.get(URI.create(address).getPath() + "?" + URI.create(address).getQuery()).body();
            assertThat(feed).contains("BEGIN:VCALENDAR", "SUMMARY:Food bank").doesNotContain("Youth club");
        }
    }

    @Test
    void theWhatsOnApiShowsPublicActivitiesOnlyWithTheirRooms() {
        String all = HUB.get("/api/whats-on").body();

        assertThat(all).contains("Youth club", "accessibilityFeatures", "step_free_access")
                .doesNotContain("CAMHS", "Diabetes clinic", "Physiotherapy");
        assertThat(HubClient.array(HUB.get("/api/whats-on?type=class&audience=over-55s")).getValuesAs(jakarta.json.JsonObject.class))
                .isNotEmpty().allSatisfy(activity -> {
                    assertThat(activity.getString("type")).isEqualTo("class");
                    assertThat(activity.getJsonArray("audience").toString()).contains("over-55s");
                });
        assertThat(HUB.get("/api/whats-on?from=2027-01-10&to=2027-01-01").statusCode()).isEqualTo(400);
    }
}

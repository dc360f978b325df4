package community.hub.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URI;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

/** What's on for residents, in headless Chromium: accessible to WCAG checks, filterable, subscribable. */
abstract class WhatsOnPageChecks {

    @Test
    void whatsOnAndThePublicPagesHaveNoSeriousAccessibilityViolations() {
        try (Browser browser = new Browser(HUB)) {
            for (String page : new String[] {"/", "/?type=youth_work&feature=hearing_loop", "/spaces.xhtml", "/login.xhtml"}) {
                browser.open(page);
                assertThat(browser.seriousAccessibilityViolations()).as(page).isEmpty();
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

package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import community.hub.HubTime;
import community.hub.booking.BankHolidays;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** What's on for residents, in headless Chromium: accessible to WCAG checks, filterable, subscribable. */
abstract class WhatsOnPageChecks {

    @Test
    void whatsOnAndThePublicPagesHaveNoSeriousAccessibilityViolations() {
        try (Browser browser = new Browser(HUB)) {
            for (String page :
                    new String[] {"/", "/?type=youth_work&feature=hearing_loop", "/spaces.xhtml", "/login.xhtml"}) {
                browser.open(page);
                assertThat(browser.seriousAccessibilityViolations()).as(page).isEmpty();
            }
            URI icon = URI.create(browser.driver()
                    .findElement(By.cssSelector("link[rel=icon]"))
                    .getAttribute("href"));
            java.net.http.HttpResponse<String> favicon = HUB.get(
                    icon.getRawQuery() == null ? icon.getRawPath() : icon.getRawPath() + "?" + icon.getRawQuery());
            assertThat(favicon.statusCode()).isEqualTo(200);
            assertThat(favicon.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("image/svg+xml");
            assertThat(favicon.body()).startsWith("<svg");
        }
    }

    @Test
    void aResidentFiltersByTypeAndSubscribesToJustThat() {
        try (Browser browser = new Browser(HUB)) {
            browser.open("/").choose("type", "Food bank").submit("show");

            assertThat(browser.text("count")).matches("\\d+ activities|One activity");
            assertThat(browser.driver().findElements(By.cssSelector(".activity__title")))
                    .isNotEmpty()
                    .allSatisfy(title -> assertThat(title.getText()).isEqualTo("Food bank"));
            String webcal =
                    browser.driver().findElement(By.id("webcalFiltered")).getAttribute("href");
            String address = browser.driver().findElement(By.id("feedFiltered")).getAttribute("href");

            assertThat(webcal).startsWith("webcal://").endsWith("/calendar/hub.ics?type=food_bank");
            String feed = HUB.get(URI.create(address).getPath() + "?"
                            + URI.create(address).getQuery())
                    .body();
            assertThat(feed).contains("BEGIN:VCALENDAR", "SUMMARY:Food bank").doesNotContain("Youth club");
        }
    }

    @Test
    void signingOutFromWhatsOnSignsThePersonOut() {
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/");
            assertThat(browser.driver().findElements(By.cssSelector(".signed-in-as")))
                    .hasSize(1);

            browser.enter(By.id("signOutButton"));

            assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("What's on at the hub");
            assertThat(browser.driver().findElements(By.cssSelector(".signed-in-as")))
                    .isEmpty();
            browser.open("/staff/today.xhtml");
            assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/login.xhtml");
        }
    }

    @Test
    void signingInPutsTheCursorInTheFirstFieldAndAFailureKeepsTheFocusOnWhatWentWrong() {
        try (Browser browser = new Browser(HUB)) {
            browser.open("/login.xhtml");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .isEqualTo("username");

            browser.submit("signIn");

            assertThat(browser.text("username-error")).isEqualTo("Enter your username.");
            WebElement empty = browser.driver().switchTo().activeElement();
            assertThat(empty.getAttribute("id")).isEqualTo("username");
            assertThat(empty.getAttribute("aria-invalid")).isEqualTo("true");

            browser.type("username", "nobody-" + System.nanoTime())
                    .type("password", "not the password")
                    .submit("signIn");

            WebElement failed = browser.driver().switchTo().activeElement();
            assertThat(failed.getAttribute("class")).contains("messages");
            assertThat(failed.getText())
                    .isEqualTo("That username and password did not match an account. Check them and try again.");
        }
    }

    @Test
    void theCafeShowsOnEachDayItIsOpenAndNotWhenAnotherKindOfActivityIsChosen() {
        try (Browser browser = new Browser(HUB)) {
            browser.open("/");
            List<WebElement> cafeDays = browser.all(By.cssSelector(".cafe-open"));

            assertThat(cafeDays).hasSizeGreaterThanOrEqualTo(5).allSatisfy(day -> {
                assertThat(day.getText())
                        .matches("Community café open \\d\\d:\\d\\d–\\d\\d:\\d\\d\\. Everyone is welcome.*");
                LocalDate date = LocalDate.parse(day.getAttribute("id").substring("cafe-".length()));
                assertThat(date.getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
                assertThat(BankHolidays.of(date.getYear())).doesNotContain(date);
            });
            browser.open("/?type=youth_work");
            assertThat(browser.all(By.cssSelector(".cafe-open"))).isEmpty();
            browser.open("/?type=cafe");
            assertThat(browser.all(By.cssSelector(".cafe-open"))).hasSize(cafeDays.size());
        }
    }

    @Test
    void theWhatsOnApiShowsPublicActivitiesOnlyWithTheirRooms() {
        String all = HUB.get("/api/whats-on").body();

        assertThat(all)
                .contains("Youth club", "accessibilityFeatures", "step_free_access")
                .doesNotContain("CAMHS", "Diabetes clinic", "Physiotherapy", "Child health clinic");
        assertThat(HubClient.array(HUB.get("/api/whats-on?type=class&audience=over-55s"))
                        .getValuesAs(jakarta.json.JsonObject.class))
                .isNotEmpty()
                .allSatisfy(activity -> {
                    assertThat(activity.getString("type")).isEqualTo("class");
                    assertThat(activity.getJsonArray("audience").toString()).contains("over-55s");
                });
        assertThat(HUB.get("/api/whats-on?from=2027-01-10&to=2027-01-01").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theDemoHubHasActivitiesEveryDayItOpensWithRoomsInUseInTheMorning() {
        LocalDate from = LocalDate.now(HubTime.ZONE).plusDays(1);
        LocalDate to = from.plusWeeks(3);
        String weeks = "?from=" + from + "&to=" + to;
        List<JsonObject> forResidents =
                HubClient.array(HUB.get("/api/whats-on" + weeks)).getValuesAs(JsonObject.class);
        List<JsonObject> held = HubClient.array(HUB.get("/api/bookings" + weeks, "staff", HubClient.DEMO_PASSWORD))
                .getValuesAs(JsonObject.class)
                .stream()
                .flatMap(booking -> booking.getJsonArray("occurrences").getValuesAs(JsonObject.class).stream())
                .filter(occurrence -> occurrence.getString("status").equals("CONFIRMED"))
                .toList();
        List<LocalDate> openDays = from.datesUntil(to)
                .filter(date -> date.getDayOfWeek() != DayOfWeek.SUNDAY)
                .filter(date -> !BankHolidays.of(date.getYear()).contains(date))
                .toList();

        assertThat(openDays).hasSizeGreaterThanOrEqualTo(12).allSatisfy(date -> {
            assertThat(forResidents)
                    .as("public activities on " + date)
                    .filteredOn(activity -> activity.getString("date").equals(date.toString()))
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(held)
                    .as("rooms in use at 11:00 on " + date + ", for Today at the hub")
                    .anySatisfy(occurrence -> {
                        LocalDateTime eleven = date.atTime(11, 0);
                        assertThat(LocalDateTime.parse(occurrence.getString("start")))
                                .isBeforeOrEqualTo(eleven);
                        assertThat(LocalDateTime.parse(occurrence.getString("end")))
                                .isAfter(eleven);
                    });
        });
    }

    @Test
    void thePageNginxShowsWhileTheHubStartsIsAccessibleOnAPhoneInEnglishAndPolish() {
        Path page = Path.of(System.getProperty("hub.configDir"), "nginx", "back-soon.html");
        try (Browser browser = new Browser(HUB)) {
            browser.driver().manage().window().setSize(new Dimension(360, 740));
            browser.driver().get(page.toUri().toString());

            assertThat(browser.heading()).isEqualTo("Back in a minute");
            assertThat(browser.pageText()).contains("try again in a minute", "Wracamy za chwilę", "Spróbuj ponownie");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("section[lang=pl]"))
                            .getText())
                    .startsWith("Wracamy za chwilę");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            assertThat(((JavascriptExecutor) browser.driver())
                            .executeScript("return document.documentElement.scrollWidth"
                                    + " > document.documentElement.clientWidth;"))
                    .as("no sideways scroll on a phone")
                    .isEqualTo(false);
        }
    }
}

package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static community.hub.web.HubIT.MAIL;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Polish beside English, in headless Chromium: the browser's language when nobody has chosen, the switcher on every
 * page for the rest of the visit, and the account's own choice wherever its person signs in; dates written in Polish,
 * the page's lang saying which, and the email the account is sent in its language.
 */
abstract class LanguageChecks {

    /** Polish month names as a date says them ("7 grudnia"), not as a calendar heads a month ("grudzień"). */
    private static final List<String> MONTHS_IN_A_DATE = List.of(
            "stycznia",
            "lutego",
            "marca",
            "kwietnia",
            "maja",
            "czerwca",
            "lipca",
            "sierpnia",
            "września",
            "października",
            "listopada",
            "grudnia");

    private static final List<String> DAYS =
            List.of("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela");

    @Test
    void aBrowserAskingForPolishGetsWhatsOnInPolishWithPolishDates() {
        try (Browser browser = new Browser(HUB, "pl-PL,pl,en")) {
            browser.open("/");

            assertThat(lang(browser)).isEqualTo("pl");
            assertThat(browser.heading()).isEqualTo("Co się dzieje w centrum");
            assertThat(browser.pageText())
                    .contains("Znajdź coś dla siebie", "Ten i przyszły tydzień")
                    .doesNotContain("What's on", "This week and next", "Sign in", "Find something");
            List<WebElement> days = browser.all(By.cssSelector("section.day h3"));
            assertThat(days).hasSizeGreaterThanOrEqualTo(7);
            boolean mondaySeen = false;
            for (WebElement day : days) {
                LocalDate date = LocalDate.parse(day.getAttribute("id").substring("day-".length()));
                String heading = day.getText();
                assertThat(heading)
                        .isEqualTo(DAYS.get(date.getDayOfWeek().ordinal()) + ", " + date.getDayOfMonth() + " "
                                + MONTHS_IN_A_DATE.get(date.getMonthValue() - 1));
                mondaySeen |= date.getDayOfWeek() == DayOfWeek.MONDAY && heading.startsWith("poniedziałek, ");
            }
            assertThat(mondaySeen).as("a Monday said in Polish").isTrue();
            assertThat(browser.text("count")).matches("\\d+ zaję(cia|ć)|Jedne zajęcia|Nic nie pasuje.*");
            assertThat(browser.driver().findElement(By.id("webcalAll")).getAttribute("href"))
                    .endsWith("/calendar/hub.ics?lang=pl");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.open("/login.xhtml");
            assertThat(lang(browser)).isEqualTo("pl");
            assertThat(browser.heading()).isEqualTo("Logowanie");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void theSwitcherChangesTheLanguageForTheRestOfTheVisit() {
        try (Browser browser = new Browser(HUB)) {
            browser.open("/spaces.xhtml");
            assertThat(lang(browser)).isEqualTo("en-GB");
            assertThat(browser.heading()).isEqualTo("Our spaces");

            browser.submit("language-pl");
            assertThat(browser.path()).isEqualTo("/spaces.xhtml");
            assertThat(lang(browser)).isEqualTo("pl");
            assertThat(browser.heading()).isEqualTo("Nasze sale");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.open("/");
            assertThat(lang(browser)).isEqualTo("pl");
            assertThat(browser.heading()).isEqualTo("Co się dzieje w centrum");

            browser.submit("language-en-GB");
            assertThat(lang(browser)).isEqualTo("en-GB");
            assertThat(browser.heading()).isEqualTo("What's on at the hub");
        }
    }

    @Test
    void anAccountThatChosePolishReadsPolishWhereverItSignsInAndIsEmailedInPolish() {
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("youth").open("/account/index.xhtml");
            browser.driver()
                    .findElement(By.cssSelector("input[type=radio][value='pl']"))
                    .click();
            browser.submit("saveDetails");

            assertThat(lang(browser)).isEqualTo("pl");
            assertThat(browser.heading()).isEqualTo("Moje konto");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
        try (Browser elsewhere = new Browser(HUB, "en-GB,en")) {
            elsewhere.signIn("youth").open("/bookings/index.xhtml");
            assertThat(lang(elsewhere)).isEqualTo("pl");
            assertThat(elsewhere.heading()).isEqualTo("Rezerwacje");
            elsewhere.open("/tenant/index.xhtml");
            assertThat(elsewhere.pageText())
                    .containsPattern(
                            "(pon|wt|śr|czw|pt|sob|niedz)\\., \\d{1,2} (sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru) \\d{4}")
                    .doesNotContain("Your organisation's bookings", "Coming up");

            HUB.send("POST", "/api/password-resets", "{\"username\": \"youth\"}");
            MimeMessage reset = MAIL.await(
                            message -> TestMailServer.subject(message).startsWith("Wybierz nowe hasło"),
                            Duration.ofSeconds(60))
                    .orElseThrow(() -> new AssertionError("no reset email in Polish"));
            assertThat(TestMailServer.text(reset))
                    .contains("Dzień dobry", "Link działa raz")
                    .containsAnyOf(DAYS.toArray(String[]::new));
        } finally {
            try (Browser back = new Browser(HUB, "pl")) {
                back.signIn("youth").open("/account/index.xhtml");
                back.submit("language-en-GB");
                assertThat(lang(back)).isEqualTo("en-GB");
            }
        }
    }

    private static String lang(Browser browser) {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }
}

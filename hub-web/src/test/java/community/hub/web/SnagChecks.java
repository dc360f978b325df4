package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import community.hub.HubTime;
import community.hub.booking.BankHolidays;
import community.hub.rota.RotaWeek;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;

/** The snags a new user hit (issue 23), each mended and checked through the running hub. */
abstract class SnagChecks {

    private static final String SUNDAY = "days:6:";

    private static JsonArray availabilityOf(String username) {
        return HubClient.object(HUB.get("/api/rota/me", username, HubClient.DEMO_PASSWORD))
                .getJsonArray("availability");
    }

    private static List<String> sundays(JsonArray availability) {
        return availability.getValuesAs(JsonObject.class).stream()
                .filter(time -> time.getString("day").equals("sunday"))
                .map(time -> time.getString("from") + "-" + time.getString("until"))
                .toList();
    }

    @Test
    void aVolunteerFreeAtTwoSeparateTimesOnADayKeepsBothThroughThePageAndTheApi() {
        JsonArray before = availabilityOf("alex");
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("alex").open("/volunteer/shifts.xhtml");
            if (!browser.driver().findElement(By.id(SUNDAY + "can")).isSelected()) {
                browser.tick(SUNDAY + "can");
            }
            browser.fill(SUNDAY + "from", "08:30")
                    .fill(SUNDAY + "until", "11:00")
                    .fill(SUNDAY + "laterFrom", "14:00")
                    .fill(SUNDAY + "laterUntil", "17:00")
                    .submit("saveAvailability");

            assertThat(browser.pageText()).contains("Thank you. Your times are saved.");
            assertThat(sundays(availabilityOf("alex")))
                    .as("both times kept, not one from the first start to the last end")
                    .containsExactly("08:30:00-11:00:00", "14:00:00-17:00:00");
            browser.open("/volunteer/shifts.xhtml");
            assertThat(List.of(
                            browser.value(SUNDAY + "from"),
                            browser.value(SUNDAY + "until"),
                            browser.value(SUNDAY + "laterFrom"),
                            browser.value(SUNDAY + "laterUntil")))
                    .containsExactly("08:30", "11:00", "14:00", "17:00");

            browser.fill(SUNDAY + "laterFrom", "").submit("saveAvailability");
            assertThat(browser.pageText()).contains("Give both times for Sunday, or untick the day.");
            assertThat(sundays(availabilityOf("alex"))).as("nothing saved").hasSize(2);

            HttpResponse<String> three = HUB.put(
                    "/api/rota/me/availability",
                    "[{\"day\": \"sunday\", \"from\": \"08:00\", \"until\": \"09:00\"},"
                            + "{\"day\": \"sunday\", \"from\": \"10:00\", \"until\": \"11:00\"},"
                            + "{\"day\": \"sunday\", \"from\": \"12:00\", \"until\": \"13:00\"}]",
                    "alex");
            assertThat(three.statusCode()).isEqualTo(400);
            assertThat(HubClient.object(three)
                            .getJsonArray("errors")
                            .getJsonObject(0)
                            .getString("message"))
                    .isEqualTo("On Sunday give at most 2 separate times. Times that meet or overlap count as one.");
            assertThat(sundays(availabilityOf("alex"))).as("nothing saved").hasSize(2);

            HttpResponse<String> overlapping = HUB.put(
                    "/api/rota/me/availability",
                    "[{\"day\": \"sunday\", \"from\": \"09:00\", \"until\": \"12:00\"},"
                            + "{\"day\": \"sunday\", \"from\": \"09:00\", \"until\": \"13:00\"}]",
                    "alex");
            assertThat(overlapping.statusCode()).as(overlapping.body()).isEqualTo(200);
            assertThat(sundays(HubClient.object(overlapping).getJsonArray("availability")))
                    .containsExactly("09:00:00-13:00:00");
        } finally {
            assertThat(HUB.put("/api/rota/me/availability", before.toString(), "alex")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void checkDatesShowsWhatItFoundJustAboveTheButtonsWithTheFocusOnItAndAClosedDaySaysSo() {
        LocalDate bankHoliday = BankHolidays.firstFrom(LocalDate.now().plusDays(1));
        LocalDate free = TestDates.inLane(TestDates.Lane.BOOKING_PAGES, 0, DayOfWeek.WEDNESDAY, 1);
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff")
                    .open("/bookings/new.xhtml")
                    .type("title", "Board games")
                    .choose("type", "Class")
                    .choose("roomId", "Meeting Room (12)")
                    .fill("date", bankHoliday.toString())
                    .fill("start", "10:00")
                    .fill("end", "11:00")
                    .submit("check");

            assertThat(browser.text("clashes-heading")).isEqualTo("The hub or the room is closed then");
            assertThat(browser.text("clashes")).contains("Bank holiday: the hub is closed");
            assertThat(focused(browser))
                    .as("the report, just above the buttons")
                    .isEqualTo("clashes");

            browser.fill("date", free.toString())
                    .fill("start", "08:00")
                    .fill("end", "09:00")
                    .submit("check");

            assertThat(browser.text("clashes-heading")).isEqualTo("Every date is free.");
            assertThat(focused(browser)).isEqualTo("clashes");
        }
    }

    @Test
    void printingEveryonesEasyReadRotaGivesEachPersonASheetOfTheirOwnNeverSplitOverTwo() throws IOException {
        String week = RotaWeek.thisWeek(Clock.system(HubTime.ZONE)).toString();
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/rota/easy-read.xhtml?week=" + week + "&print=everyone");
            List<String> names = browser.all(By.cssSelector(".easy-sheet__name")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(names).as("the demo week has several people on paper").hasSizeGreaterThan(1);

            byte[] pdf = Base64.getDecoder()
                    .decode(((PrintsPage) browser.driver())
                            .print(new PrintOptions())
                            .getContent());

            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDFTextStripper pages = new PDFTextStripper();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    pages.setStartPage(page);
                    pages.setEndPage(page);
                    String text = pages.getText(document);
                    assertThat(names.stream().filter(text::contains))
                            .as("page %d names one person, its own: %s", page, text)
                            .hasSize(1);
                }
            }
        }
    }

    private static String focused(Browser browser) {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }
}

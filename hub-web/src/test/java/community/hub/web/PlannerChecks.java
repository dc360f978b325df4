package community.hub.web;

import static community.hub.web.BookingsApiChecks.at;
import static community.hub.web.BookingsApiChecks.booking;
import static community.hub.web.BookingsApiChecks.once;
import static community.hub.web.HubIT.HUB;
import static community.hub.web.SeriesChangeChecks.bookedBy;
import static community.hub.web.SeriesChangeChecks.clearWeeks;
import static community.hub.web.SeriesChangeChecks.get;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The room planner in headless Chromium, dragged with a real mouse (Selenium's pointer actions, which Chromium turns
 * into the mouse events FullCalendar listens to): a booking dragged to another day and time asks first, then moves,
 * checked again, says where it went and can be undone; one dropped on a taken time springs back with a message. A room of its own, in week 95 ahead.
 */
abstract class PlannerChecks {

    @Test
    void draggingABookingMovesItsDateAndADropOnATakenTimeIsRefusedWithAMessage() {
        long room = ChargesChecks.newRoom();
        LocalDate tuesday = clearWeeks(10, DayOfWeek.TUESDAY, 1);
        LocalDate wednesday = tuesday.plusDays(1);
        LocalDate thursday = tuesday.plusDays(2);
        String title = RoomsApiChecks.unique("Drop-in");
        String other = RoomsApiChecks.unique("Already here");
        long dropIn = bookedBy("staff", once(room, title, tuesday, "10:00", "11:00"));
        bookedBy("staff", once(room, other, thursday, "10:00", "11:00"));

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/staff/planner.xhtml?date=" + tuesday + "&roomId=" + room);

            drag(browser.driver(), title, wednesday, "11:00:00");

            browser.waitForTextContaining(
                    "planner:moveQuestion",
                    "Move \u201c" + title + "\u201d from " + inWords(tuesday) + ", 10:00\u201311:00 to "
                            + inWords(wednesday) + ", 11:00\u201312:00");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .as("the question takes the focus")
                    .isEqualTo("planner:moveQuestion");
            assertThat(firstStart(dropIn)).as("nothing moves before the answer").startsWith(at(tuesday, "10:00"));

            browser.press("planner:keepMove", By.cssSelector("[id='planner:moveOutcome']:not(:has(.confirm))"));
            assertThat(firstStart(dropIn)).as("kept where it was").startsWith(at(tuesday, "10:00"));

            drag(browser.driver(), title, wednesday, "11:00:00");
            browser.press("planner:confirmMove", By.id("planner:undoMove"));

            browser.waitForTextContaining(
                    "planner:plannerMessages",
                    "\u201c" + title + "\u201d moved to " + inWords(wednesday) + ", 11:00\u201312:00, in ");
            JsonObject moved = get(dropIn, "staff").getJsonArray("occurrences").getJsonObject(0);
            assertThat(moved.getString("start")).startsWith(at(wednesday, "11:00"));
            assertThat(moved.getString("end")).startsWith(at(wednesday, "12:00"));
            assertThat(moved.getBoolean("moved")).isTrue();

            browser.press("planner:undoMove", By.cssSelector("[id='planner:moveOutcome']:not(:has(input))"));

            browser.waitForTextContaining(
                    "planner:plannerMessages", "\u201c" + title + "\u201d is back on " + inWords(tuesday) + ", 10:00");
            assertThat(firstStart(dropIn)).as("undone through the same checks").startsWith(at(tuesday, "10:00"));

            drag(browser.driver(), title, wednesday, "11:00:00");
            browser.press("planner:confirmMove", By.id("planner:undoMove"));
            browser.waitForTextContaining("planner:plannerMessages", "moved to " + inWords(wednesday));

            drag(browser.driver(), title, thursday, "10:00:00");
            browser.press("planner:confirmMove", By.cssSelector("[id='planner:moveOutcome']:not(:has(.confirm))"));

            browser.waitForTextContaining(
                    "planner:plannerMessages", "That time is not free. The booking was not moved. " + other);
            JsonObject unmoved =
                    get(dropIn, "staff").getJsonArray("occurrences").getJsonObject(0);
            assertThat(unmoved.getString("start"))
                    .as("refused, nothing changed")
                    .startsWith(at(wednesday, "11:00"));
            assertThat(event(browser.driver(), title).getText())
                    .as("the event springs back")
                    .contains("11:00");
        }
    }

    @Test
    void anEmptyTimeChosenOnThePlannerStartsTheBookingFormThereWithOrWithoutARoom() {
        LocalDate day = clearWeeks(10, DayOfWeek.FRIDAY, 1);
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/bookings/new.xhtml?date=" + day + "&start=14:00");

            assertThat(browser.value("date")).isEqualTo(day.toString());
            assertThat(browser.value("start")).isEqualTo("14:00");

            browser.open("/bookings/new.xhtml?date=" + day + "&start=09:30&roomId="
                    + BookingsApiChecks.roomId("art-studio"));

            assertThat(browser.value("start")).isEqualTo("09:30");
            assertThat(browser.value("roomId")).isEqualTo(String.valueOf(BookingsApiChecks.roomId("art-studio")));
        }
    }

    private static String firstStart(long booking) {
        return get(booking, "staff")
                .getJsonArray("occurrences")
                .getJsonObject(0)
                .getString("start");
    }

    private static String inWords(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(date);
    }

    /** The planner's event whose title contains the words, once the calendar has drawn it. */
    private static WebElement event(WebDriver driver, String title) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(browser -> browser.findElements(By.cssSelector(".fc-event")).stream()
                        .filter(element -> element.getText().contains(title))
                        .findFirst()
                        .orElse(null));
    }

    /**
     * Drags the event by the mouse onto a day's column at a time: pressed near its top (inside its first slot), moved
     * there in small steps as a hand would, and released at the same height inside the target slot.
     */
    private static void drag(WebDriver driver, String title, LocalDate day, String time) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        WebElement event = event(driver, title);
        page.executeScript("arguments[0].scrollIntoView({block: 'center'});", event);
        List<Number> from = box(page, event);
        List<Number> column =
                box(page, driver.findElement(By.cssSelector("td.fc-timegrid-col[data-date='" + day + "']")));
        List<Number> slot =
                box(page, driver.findElement(By.cssSelector("td.fc-timegrid-slot-lane[data-time='" + time + "']")));
        int startX = (int) (from.get(0).doubleValue() + from.get(2).doubleValue() / 2);
        int startY = (int) (from.get(1).doubleValue() + 6);
        int endX = (int) (column.get(0).doubleValue() + column.get(2).doubleValue() / 2);
        int endY = (int) (slot.get(1).doubleValue() + 6);
        Actions hand = new Actions(driver)
                .moveToLocation(startX, startY)
                .clickAndHold()
                .pause(Duration.ofMillis(150));
        int steps = 8;
        for (int step = 1; step <= steps; step++) {
            hand.moveToLocation(startX + (endX - startX) * step / steps, startY + (endY - startY) * step / steps)
                    .pause(Duration.ofMillis(60));
        }
        hand.pause(Duration.ofMillis(200)).release().perform();
    }

    /** An element's box in the window: left, top, width, height. */
    @SuppressWarnings("unchecked")
    private static List<Number> box(JavascriptExecutor page, WebElement element) {
        return (List<Number>) page.executeScript(
                "const box = arguments[0].getBoundingClientRect(); return [box.left, box.top, box.width, box.height];",
                element);
    }
}

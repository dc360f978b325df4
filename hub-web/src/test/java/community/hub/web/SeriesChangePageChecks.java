package community.hub.web;

import static community.hub.web.BookingsApiChecks.approve;
import static community.hub.web.BookingsApiChecks.at;
import static community.hub.web.BookingsApiChecks.booking;
import static community.hub.web.BookingsApiChecks.once;
import static community.hub.web.HubIT.HUB;
import static community.hub.web.SeriesChangeChecks.bookedBy;
import static community.hub.web.SeriesChangeChecks.clearWeeks;
import static community.hub.web.SeriesChangeChecks.dates;
import static community.hub.web.SeriesChangeChecks.get;
import static community.hub.web.SeriesChangeChecks.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Changing dates on the booking page in headless Chromium: a series from one date on, and one date moved with the
 * keyboard through a small form (the planner's drag being the mouse's way). Rooms of their own, weeks 93-95 ahead.
 */
abstract class SeriesChangePageChecks {

    private static String inWords(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(date);
    }

    @Test
    void staffChangeASeriesFromOneDateOnAndEachPartLinksToTheOther() {
        long room = ChargesChecks.newRoom();
        LocalDate first = clearWeeks(8, DayOfWeek.TUESDAY, 6);
        LocalDate third = first.plusWeeks(2);
        long choir = bookedBy(
                "staff", booking(room, "Community choir", at(first, "19:00"), at(first, "20:30"), weekly("TU", 5)));

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/bookings/booking.xhtml?id=" + choir);
            assertThat(browser.all(By.cssSelector("#date-" + first + " a[id$='changeFrom']")))
                    .as("changing from the first date is changing the whole booking")
                    .isEmpty();

            browser.submit(By.cssSelector("#date-" + third + " a[id$='changeFrom']"));

            assertThat(browser.heading())
                    .isEqualTo("Change \u201cCommunity choir\u201d from " + inWords(third) + " on");
            assertThat(browser.value("date")).isEqualTo(third.toString());
            assertThat(browser.value("start")).isEqualTo("19:00");
            assertThat(browser.value("count")).isEqualTo("3");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.fill("start", "18:00").fill("end", "19:30").submit("check");
            assertThat(browser.text("clashes")).contains("Every date is free.");
            browser.submit("book");

            assertThat(browser.heading()).isEqualTo("Community choir");
            assertThat(browser.pageText())
                    .contains("\u201cCommunity choir\u201d changed from " + inWords(third) + " on.");
            assertThat(browser.text("follows")).isEqualTo("Booking " + choir + ": Community choir");
            assertThat(browser.text("occurrences"))
                    .contains(inWords(third), inWords(third.plusWeeks(2)), "18:00\u201319:30")
                    .doesNotContain(inWords(first), "19:00\u201320:30");

            browser.submit(By.cssSelector("#follows a"));

            assertThat(browser.path()).endsWith("/bookings/booking.xhtml");
            assertThat(browser.text("continuedAs")).startsWith("Booking ").contains("from " + inWords(third));
            assertThat(browser.all(By.cssSelector("#occurrences tbody tr"))).hasSize(2);
            assertThat(browser.text("history"))
                    .contains("Changed from this date on; the changed dates are a new booking (staff) \u2013 " + third);
        }
        JsonObject original = get(choir, "staff");
        assertThat(dates(original))
                .containsExactly(first + " 19:00-20:30 CONFIRMED", first.plusWeeks(1) + " 19:00-20:30 CONFIRMED");
        long continuation =
                original.getJsonArray("continuedAs").getJsonNumber(0).longValue();
        assertThat(dates(get(continuation, "staff")))
                .containsExactly(
                        third + " 18:00-19:30 CONFIRMED",
                        third.plusWeeks(1) + " 18:00-19:30 CONFIRMED",
                        third.plusWeeks(2) + " 18:00-19:30 CONFIRMED");
    }

    @Test
    void oneDateMovesFromTheKeyboardAndARefusalShowsBesideItsField() {
        long room = ChargesChecks.newRoom();
        LocalDate first = clearWeeks(9, DayOfWeek.THURSDAY, 4);
        LocalDate second = first.plusWeeks(1);
        LocalDate friday = second.plusDays(1);
        long jobClub =
                bookedBy("staff", booking(room, "Job club", at(first, "10:00"), at(first, "11:00"), weekly("TH", 3)));
        bookedBy("staff", once(room, "Interview practice", friday, "10:00", "11:00"));

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff")
                    .open("/bookings/booking.xhtml?id=" + jobClub)
                    .enter(By.cssSelector("#date-" + second + " a[id$='moveDate']"));

            assertThat(browser.text("move-heading")).isEqualTo("Move " + inWords(second));
            assertThat(browser.value("date")).isEqualTo(second.toString());
            assertThat(browser.value("start")).isEqualTo("10:00");
            assertThat(browser.value("end")).isEqualTo("11:00");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.fill("date", friday.toString())
                    .fill("start", "10:30")
                    .fill("end", "")
                    .enter(By.id("moveIt"));
            assertThat(browser.text("end-error")).isEqualTo("Enter the new end time.");

            browser.fill("end", "11:30").enter(By.id("moveIt"));
            assertThat(browser.text("start-error"))
                    .startsWith("That time is not free in Hire room")
                    .endsWith(": already booked \u2013 Interview practice. Choose another time or room.");
            assertThat(browser.driver().getCurrentUrl())
                    .as("the address still names the booking and the date being moved")
                    .contains("id=" + jobClub, "move=" + second);
            assertThat(dates(get(jobClub, "staff"))).contains(second + " 10:00-11:00 CONFIRMED");

            browser.fill("start", "14:00").fill("end", "15:00").enter(By.id("moveIt"));

            assertThat(browser.pageText()).contains("\u201cJob club\u201d on " + inWords(second) + " moved.");
            assertThat(browser.all(By.id("moveForm"))).isEmpty();
            assertThat(browser.text("date-" + second)).contains(inWords(friday), "14:00\u201315:00 (moved)");
        }
        JsonObject moved = get(jobClub, "staff").getJsonArray("occurrences").getJsonObject(1);
        assertThat(moved.getString("date")).isEqualTo(second.toString());
        assertThat(moved.getString("start")).startsWith(at(friday, "14:00"));
        assertThat(moved.getBoolean("moved")).isTrue();
    }

    @Test
    void aTenantWhoseMovesWaitIsToldBesideTheStartTimeThatAMoveCannotOverlapTheDatesOwnTime() {
        long room = ChargesChecks.newRoom();
        LocalDate first = TestDates.inLane(TestDates.Lane.SOON, 1, DayOfWeek.TUESDAY, 2);
        LocalDate second = first.plusWeeks(1);
        long group = bookedBy(
                "camhs",
                booking(room, "Carers coffee morning", at(first, "10:00"), at(first, "11:00"), weekly("TU", 2)));
        approve(group);

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("camhs")
                    .open("/bookings/booking.xhtml?id=" + group)
                    .enter(By.cssSelector("#date-" + second + " a[id$='moveDate']"));
            browser.fill("start", "10:30").fill("end", "11:30").enter(By.id("moveIt"));

            assertThat(browser.text("start-error"))
                    .contains("until it does the booking keeps its present times", "ask the hub to make the change");
            assertThat(dates(get(group, "camhs")))
                    .containsExactly(first + " 10:00-11:00 CONFIRMED", second + " 10:00-11:00 CONFIRMED");

            browser.fill("start", "11:00").fill("end", "12:00").enter(By.id("moveIt"));

            assertThat(browser.all(By.id("moveForm"))).isEmpty();
            assertThat(get(group, "camhs").getJsonArray("moveRequests")).hasSize(1);
        }
    }
}

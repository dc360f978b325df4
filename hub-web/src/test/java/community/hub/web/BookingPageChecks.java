package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The booking pages in headless Chromium, as hub staff use them. */
abstract class BookingPageChecks {

    @Test
    void staffBookAWeeklySeriesSeeTheClashBookOnlyTheFreeDatesAndCancelOne() {
        LocalDate first = TestDates.inLane(TestDates.Lane.BOOKING_PAGES, 0, DayOfWeek.TUESDAY, 4);
        LocalDate taken = first.plusWeeks(1);
        long room = BookingsApiChecks.roomId("meeting-room");
        BookingsApiChecks.booked(BookingsApiChecks.once(room, "Residents' association AGM", taken, "19:30", "20:30"));

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff")
                    .open("/bookings/new.xhtml")
                    .type("title", "Community choir")
                    .choose("type", "Class")
                    .choose("roomId", "Meeting Room (12)")
                    .type("expectedAttendance", "10")
                    .fill("date", first.toString())
                    .fill("start", "19:00")
                    .fill("end", "20:30")
                    .tick("repeat:1", "count")
                    .type("count", "4")
                    .submit("book");

            assertThat(browser.text("clashes"))
                    .contains("Some dates are not free", inWords(taken) + ", 19:00", "already booked");
            assertThat(browser.pageText()).contains("One date is not free, as listed below.");

            browser.tick("onlyFreeDates").submit("book");

            assertThat(browser.heading()).isEqualTo("Community choir");
            assertThat(browser.text("occurrences"))
                    .contains("Confirmed", inWords(first))
                    .doesNotContain(inWords(taken));
            assertThat(browser.driver().findElements(By.cssSelector("#occurrences tbody tr")))
                    .hasSize(3);
            assertThat(browser.pageText())
                    .as("the dates it kept, not the 4 its rule asked for")
                    .contains(", 3 times")
                    .doesNotContain("4 times");

            browser.submit(By.cssSelector("#date-" + first + " input[value='Cancel this date']"));

            assertThat(browser.text("dates:cancelQuestion"))
                    .as("asks first, saying what and who is emailed")
                    .startsWith("Cancel \u201cCommunity choir\u201d on " + inWords(first) + "?")
                    .endsWith("Nobody is emailed about it.");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .isEqualTo("dates:cancelQuestion");
            assertThat(browser.text("date-" + first)).doesNotContain("Cancelled");
            browser.submit("dates:keepBooking");
            assertThat(browser.text("date-" + first)).doesNotContain("Cancelled");
            assertThat(browser.all(By.id("dates:cancelQuestion"))).isEmpty();

            browser.submit(By.cssSelector("#date-" + first + " input[value='Cancel this date']"))
                    .submit("dates:confirmCancel");

            assertThat(browser.text("date-" + first)).contains("Cancelled");
            assertThat(browser.pageText())
                    .contains("One date of \u201cCommunity choir\u201d cancelled.", "One date cancelled (staff)");
        }
        BookingsApiChecks.booked(BookingsApiChecks.once(room, "Now free", first, "19:00", "20:00"));
    }

    private static String inWords(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(date);
    }

    @Test
    void aTenantSeesOnlyItsOwnOrganisationsBookingsInTheList() {
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("foodbank").open("/bookings/index.xhtml");

            assertThat(browser.text("bookings")).contains("Food bank").doesNotContain("Youth club", "CAMHS");
            assertThat(browser.pageText()).doesNotContain("Requests");
        }
    }

    @Test
    void anotherOrganisationsRequestIsNotFoundOnItsPageUntilConfirmed() {
        long room = ChargesChecks.newRoom();
        LocalDate day = TestDates.inLane(TestDates.Lane.SOON, 1, DayOfWeek.THURSDAY, 1);
        BookingsApiChecks.RequestsInEachState requests = BookingsApiChecks.camhsRequestsInEachState(
                room, day, "family session", "Room kept for a clinic", "staff");
        long pending = requests.pending();
        long declined = requests.declined();
        long confirmed = requests.confirmed();
        long cancelled = requests.cancelled();

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("foodbank");
            for (long hidden : new long[] {pending, declined}) {
                browser.open("/bookings/booking.xhtml?id=" + hidden);
                assertThat(browser.heading()).isEqualTo("Page not found");
                assertThat(browser.pageText()).doesNotContain("family session", "Room kept for a clinic");
            }
            assertThat(browser.open("/bookings/booking.xhtml?id=" + confirmed).heading())
                    .isEqualTo("Confirmed family session");
            assertThat(browser.open("/bookings/booking.xhtml?id=" + cancelled).heading())
                    .isEqualTo("Cancelled family session");
        }
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("camhs").open("/bookings/booking.xhtml?id=" + declined);
            assertThat(browser.heading()).isEqualTo("Declined family session");
            assertThat(browser.pageText()).contains("Room kept for a clinic");
        }
    }
}

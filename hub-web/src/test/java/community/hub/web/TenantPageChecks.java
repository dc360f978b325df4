package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import community.hub.HubTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A tenant's own pages in headless Chromium: asking for a room, the decision, the statement and the feed. */
abstract class TenantPageChecks {

    private static final String DECLINE_NEEDS_REASON =
            "Say why the request is declined, so the organisation knows what to do next.";

    @Test
    void aTenantRequestsARoomStaffApproveItAndTheTenantSeesItConfirmedAndDownloadsTheStatement() {
        long room = ChargesChecks.newRoom();
        String roomName = HubClient.object(HUB.get("/api/rooms/" + room)).getString("name");
        LocalDate day = TestDates.weekdayInDays(12);
        String bookingId;
        try (Browser tenant = new Browser(HUB)) {
            tenant.signIn("camhs").open("/tenant/index.xhtml");
            assertThat(tenant.heading()).isEqualTo("NHS CAMHS");
            assertThat(tenant.text("allowance-heading"))
                    .as("the month in words")
                    .isEqualTo("Hours this month ("
                            + DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)
                                    .format(YearMonth.now(HubTime.ZONE))
                            + ")");
            tenant.follow("requestRoom")
                    .type("title", "Family therapy group")
                    .choose("type", "Clinic")
                    .choose("roomId", roomName + " (20)")
                    .type("expectedAttendance", "6")
                    .fill("date", day.toString())
                    .fill("start", "13:00")
                    .fill("end", "15:00")
                    .submit("book");
            assertThat(tenant.heading()).isEqualTo("Family therapy group");
            assertThat(tenant.text("status")).isEqualTo("Waiting for approval");
            bookingId = tenant.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

            tenant.open("/tenant/index.xhtml");
            assertThat(tenant.text("pendingRequests"))
                    .contains("Family therapy group")
                    .as("the date and the time apart")
                    .contains(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)
                                    .format(day)
                            + ", 13:00");

            try (Browser staff = new Browser(HUB)) {
                staff.signIn("staff")
                        .open("/staff/approvals.xhtml")
                        .submit(By.cssSelector("#request-" + bookingId + " input[value='Decline']"));
                assertThat(staff.driver()
                                .findElement(By.cssSelector("#request-" + bookingId + " .field-error"))
                                .getText())
                        .isEqualTo(DECLINE_NEEDS_REASON);
                assertThat(staff.pageText()).doesNotContain("declined.");

                staff.submit(By.cssSelector("#request-" + bookingId + " input[value='Approve']"));
                assertThat(staff.pageText()).contains("\u201cFamily therapy group\u201d approved.");
            }

            tenant.open("/tenant/index.xhtml");
            assertThat(tenant.text("pendingRequests")).doesNotContain("Family therapy group");
            assertThat(tenant.text("upcoming")).contains("Family therapy group", roomName, "Confirmed");
            assertThat(tenant.seriousAccessibilityViolations()).isEmpty();

            tenant.open("/charges/statement.xhtml?month=" + YearMonth.from(day));
            assertThat(tenant.heading()).startsWith("Statement for NHS CAMHS");
            assertThat(tenant.text("statementLines")).contains("Family therapy group", roomName, "2.00", "£60.00");
            assertThat(tenant.seriousAccessibilityViolations()).isEmpty();
            String download = tenant.driver().findElement(By.id("statementCsv")).getAttribute("href");
            HttpResponse<String> csv = HUB.getSignedIn(download, tenant.sessionCookie());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition"))
                    .get()
                    .asString()
                    .contains("statement-nhs-camhs-" + YearMonth.from(day));
            assertThat(csv.body()).contains(day.toString(), "Family therapy group", "60.00");
        }
    }

    @Test
    void aTenantSeesItsCalendarFeedAndReplacingTheAddressStopsTheOldOne() {
        try (Browser tenant = new Browser(HUB)) {
            tenant.signIn("youth").open("/tenant/index.xhtml");
            String before = tenant.driver()
                    .findElement(By.cssSelector("#myFeeds .feed-address"))
                    .getAttribute("href");
            assertThat(HUB.get(before).statusCode()).isEqualTo(200);

            tenant.submit(By.cssSelector("#myFeeds .rotate-feed"));

            String after = tenant.driver()
                    .findElement(By.cssSelector("#myFeeds .feed-address"))
                    .getAttribute("href");
            assertThat(tenant.pageText()).contains("the old address no longer works");
            assertThat(after).isNotEqualTo(before).endsWith(".ics");
            assertThat(HUB.get(before).statusCode()).isEqualTo(404);
            assertThat(HUB.get(after).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void staffSeeIncomeAndTheHubsContributionAsAChartAndTables() {
        try (Browser staff = new Browser(HUB)) {
            staff.signIn("staff").open("/staff/income.xhtml");

            assertThat(staff.heading()).isEqualTo("Income and what the hub gives");
            assertThat(staff.driver().findElements(By.cssSelector("#incomeChart canvas[role='img']")))
                    .hasSize(1);
            assertThat(staff.all(By.cssSelector("#incomeByMonth tbody tr"))).hasSize(12);
            assertThat(staff.text("incomeByType")).contains("Voluntary or community (VCSE)", "NHS");
            assertThat(staff.seriousAccessibilityViolations()).isEmpty();
        }
    }
}

package community.hub.web;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static community.hub.web.HubIT.HUB;
import static community.hub.web.RotaApiChecks.assigned;
import static community.hub.web.RotaApiChecks.firstWeekdayMorning;
import static community.hub.web.RotaApiChecks.memberId;
import static community.hub.web.RotaApiChecks.place;
import static community.hub.web.RotaApiChecks.reassign;
import static community.hub.web.RotaApiChecks.rotaAs;
import static community.hub.web.RotaApiChecks.shifts;
import static community.hub.web.RotaApiChecks.shortOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The café rota pages in headless Chromium, as café staff and volunteers use them. */
abstract class RotaPageChecks {

    private static final By PEOPLE = By.cssSelector("#rotaGrid .person");
    private static final By GAPS = By.cssSelector("#rotaGrid td.rota-gap");
    private static final By MESSAGE = By.cssSelector("[id='rota:rotaMessages'] li");

    @Test
    void staffAutoFillTheWeekGridSeeAHighlightedGapWithItsReasonAndOpenTheEasyReadRota() {
        String week = RotaApiChecks.week(10);
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/staff/rota.xhtml?week=" + week);
            assertThat(browser.heading()).isEqualTo("Café rota");
            assertThat(browser.text("publishState")).isEqualTo("Not published yet: volunteers cannot see this week.");
            assertThat(browser.all(PEOPLE)).as("nobody is on the week yet").isEmpty();

            browser.press("rota:autoFill", PEOPLE);

            assertThat(browser.text("rota:rotaMessages")).startsWith("Auto-fill placed").contains("still open; ");
            List<String> reasonsShown = browser.all(GAPS).stream()
                    .map(gap -> gap.findElement(By.className("gap-reason")).getText()).toList();
            List<String> reasonsKept = shifts(rotaAs("staff", week)).stream().flatMap(shift -> shortOf(shift).stream())
                    .map(gap -> gap.getString("reason")).toList();
            assertThat(reasonsShown).isNotEmpty().containsExactlyElementsOf(reasonsKept)
                    .contains("No one trained for kitchen is free on Saturday afternoon.");
            WebElement gap = browser.all(GAPS).get(0);
            assertThat(gap.getText()).contains("One open place");
            assertThat(gap.getCssValue("background-color")).as("highlighted").isEqualTo("rgba(255, 244, 220, 1)");
            assertThat(browser.all(PEOPLE)).hasSizeGreaterThan(30);

            browser.follow("rota:easyReadLink");

            assertThat(browser.path()).isEqualTo("/rota/easy-read.xhtml");
            assertThat(browser.heading()).startsWith("Café rota for the week starting ");
            assertThat(browser.text("notPublished")).startsWith("Not published yet.");
            assertThat(browser.pageText()).contains("morning, half past eight to half past twelve",
                    "afternoon, half past twelve to half past four", "Making coffee", "Job coach", "Nobody yet")
                    .doesNotContain("08:30", "SUPERVISOR_JOB_COACH");
            List<WebElement> lines = browser.all(By.cssSelector(".easy-person"));
            assertThat(lines).hasSizeGreaterThan(30).allSatisfy(line -> {
                WebElement picture = line.findElement(By.cssSelector("svg.role-picture"));
                assertThat(picture.getAttribute("role")).isEqualTo("img");
                assertThat(picture.getAttribute("aria-label")).isNotBlank();
            });
        }
    }

    @Test
    void staffMoveSomeoneOnTheGridAndARefusedMoveSaysWhyAndChangesNothing() {
        String week = RotaApiChecks.week(11);
        long maggie = memberId("Maggie Byrne");
        long sam = memberId("Sam Kelly");
        String shiftId = firstWeekdayMorning(rotaAs("staff", week)).getString("id");
        assertThat(reassign(week, place(maggie, shiftId, "supervisor_job_coach")).statusCode()).isEqualTo(200);
        assertThat(reassign(week, place(sam, shiftId, "barista")).statusCode()).isEqualTo(200);
        String row = "#shift-" + shiftId.replaceAll("[^A-Za-z0-9]", "-");

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/staff/rota.xhtml?week=" + week)
                    .press(By.cssSelector(row + " .rota-cell--supervisor-job-coach .person"), By.id("rota:takeOff"))
                    .press(By.id("rota:takeOff"), MESSAGE);

            assertThat(browser.text("rota:rotaMessages")).isEqualTo("Without Maggie Byrne on " + dayAndPart(shiftId)
                    + ", there would not be enough job coaches for the members who need one.");
            assertThat(assigned(firstWeekdayMorning(rotaAs("staff", week)), "supervisor_job_coach")).containsExactly(maggie);

            By moveHere = By.cssSelector(row + " .rota-cell--front-of-house input[id$='moveHere']");
            browser.press(By.cssSelector(row + " .rota-cell--barista .person"), By.cssSelector(".selection .button--warning[value='Take Sam Kelly off this shift']"))
                    .press(moveHere, By.cssSelector(row + " .rota-cell--front-of-house .person"))
                    .waitForText("rota:rotaMessages", "The rota is changed: Sam Kelly: ");

            assertThat(browser.driver().findElement(By.cssSelector(row + " .rota-cell--front-of-house .person")).getAttribute("value"))
                    .isEqualTo("Sam Kelly");
            assertThat(browser.all(By.cssSelector(row + " .rota-cell--barista .person"))).isEmpty();
        }
        JsonObject moved = firstWeekdayMorning(rotaAs("staff", week));
        assertThat(assigned(moved, "front_of_house")).containsExactly(sam);
        assertThat(assigned(moved, "barista")).isEmpty();
    }

    private static String dayAndPart(String shiftId) {
        java.time.LocalDate date = java.time.LocalDate.parse(shiftId.substring(0, 10));
        return date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " morning";
    }

    @Test
    void aVolunteerSeesTheirPublishedShiftsOffersOneAndCannotOpenTheStaffGrid() {
        String week = RotaApiChecks.week(12);
        long maggie = memberId("Maggie Byrne");
        long sam = memberId("Sam Kelly");
        String shiftId = firstWeekdayMorning(rotaAs("staff", week)).getString("id");
        assertThat(reassign(week, place(maggie, shiftId, "supervisor_job_coach")).statusCode()).isEqualTo(200);
        assertThat(reassign(week, place(sam, shiftId, "barista")).statusCode()).isEqualTo(200);
        assertThat(HUB.post("/api/rota/" + week + "/publish", "", "staff").statusCode()).isEqualTo(200);
        String line = "my-" + shiftId.replaceAll("[^A-Za-z0-9]", "-");

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("sam").open("/volunteer/shifts.xhtml");
            assertThat(browser.heading()).isEqualTo("My shifts");
            assertThat(browser.text(line)).contains(dayAndPart(shiftId) + ", half past eight to half past twelve", "Making coffee");

            browser.submit(By.cssSelector("#" + line + " input[value='Offer this shift to someone else']"));

            assertThat(browser.pageText()).contains("Shift offered. Someone else on the team can take it now.");
            assertThat(browser.text(line)).contains("You offered this shift. Waiting for someone to take it.");

            browser.open("/rota/easy-read.xhtml?week=" + RotaApiChecks.week(13));
            assertThat(browser.pageText()).contains("The café rota for week " + RotaApiChecks.week(13) + " is not published yet.");
            assertThat(browser.all(By.cssSelector(".easy-person"))).isEmpty();

            browser.open("/staff/rota.xhtml");
            assertThat(browser.heading()).isEqualTo("You can't open this page");
        }
        assertThat(HubClient.array(HUB.get("/api/rota/swaps", "alex", HubClient.DEMO_PASSWORD)).getValuesAs(JsonObject.class))
                .anySatisfy(swap -> {
                    assertThat(swap.getString("shiftId")).isEqualTo(shiftId);
                    assertThat(swap.getJsonObject("offeredBy").getString("name")).isEqualTo("Sam Kelly");
                    assertThat(swap.getString("status")).isEqualTo("offered");
                });
    }
}

package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The hub manager's pages in headless Chromium, and who may not open them. Closures are made on rooms of their own,
 * 76 to 80 weeks ahead, so no other check meets them.
 */
abstract class AdminPageChecks {

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private static String inWords(LocalDate day) {
        return IN_WORDS.format(day);
    }

    /** The given weekday in week {@code n} of the rooms' and closures' lane, clear of bank holidays. */
    private static LocalDate freeDay(int n, DayOfWeek day) {
        return TestDates.inLane(TestDates.Lane.ROOMS_AND_CLOSURES, n, day, 1);
    }

    private static String roomName(long room) {
        return HubClient.object(HUB.get("/api/rooms/" + room)).getString("name");
    }

    /** The closures the API lists over these days, as the hub manager sees them. */
    private static List<JsonObject> closuresOver(LocalDate first, LocalDate last) {
        return HubClient.array(HUB.get("/api/closures?from=" + first + "&to=" + last, "admin", HubClient.DEMO_PASSWORD))
                .getValuesAs(JsonObject.class);
    }

    private static List<String> closureReasonsOver(LocalDate first, LocalDate last) {
        return closuresOver(first, last).stream()
                .map(closure -> closure.getString("reason"))
                .toList();
    }

    private static Browser addClosure(Browser browser, String room, LocalDate first, LocalDate last, String reason) {
        return browser.choose("roomId", room)
                .fill("firstDay", first.toString())
                .fill("lastDay", last.toString())
                .type("reason", reason)
                .submit("addClosure");
    }

    private static By rowFor(String reason) {
        return By.xpath("//table[@id='currentClosures']//tr[contains(., '" + reason + "')]");
    }

    private static By removeLinkFor(String reason) {
        return By.xpath("//table[@id='currentClosures']//tr[contains(., '" + reason
                + "')]//a[contains(@class, 'remove-closure')]");
    }

    @Test
    void everyoneWhoSignsInWithoutAskingForAPageStartsOnTheirOwn() {
        Map<String, String> startPages = Map.of(
                "admin",
                "/staff/today.xhtml",
                "staff",
                "/staff/today.xhtml",
                "camhs",
                "/tenant/index.xhtml",
                "sam",
                "/volunteer/shifts.xhtml");
        startPages.forEach((username, page) -> {
            try (Browser browser = new Browser(HUB)) {
                assertThat(browser.signIn(username).path()).as(username).isEqualTo(page);
            }
        });
    }

    @Test
    void theHubManagerClosesARoomOnAFreeDayAndSeesItListedAmongTheBankHolidays() {
        long room = ChargesChecks.newRoom();
        String name = roomName(room);
        LocalDate day = freeDay(6, DayOfWeek.TUESDAY);
        String reason = RoomsApiChecks.unique("Floor sanding");

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("admin").open("/staff/today.xhtml").follow("navClosures");
            assertThat(browser.path()).isEqualTo("/admin/closures.xhtml");
            assertThat(browser.heading()).isEqualTo("Closures");
            assertThat(browser.text("currentClosures"))
                    .as("the demo bank holidays")
                    .contains("The whole hub", "Bank holiday: the hub is closed");

            addClosure(browser, name, day, day.plusDays(1), reason);

            assertThat(browser.path()).isEqualTo("/admin/closures.xhtml");
            assertThat(browser.text("pageMessages"))
                    .isEqualTo(
                            "Closure added: " + name + ", " + inWords(day) + " to " + inWords(day.plusDays(1)) + ".");
            assertThat(browser.all(rowFor(reason)))
                    .singleElement()
                    .extracting(WebElement::getText)
                    .asString()
                    .contains(name, inWords(day), inWords(day.plusDays(1)), reason);
            List<LocalDate> firstDays =
                    browser.all(By.cssSelector("#currentClosures tbody tr td:nth-of-type(1)")).stream()
                            .map(WebElement::getText)
                            .map(text -> LocalDate.parse(text, IN_WORDS))
                            .toList();
            assertThat(firstDays).as("soonest first").isSorted().contains(day);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
        assertThat(closuresOver(day, day.plusDays(1))).anySatisfy(closure -> {
            assertThat(closure.getString("reason")).isEqualTo(reason);
            assertThat(closure.getJsonNumber("roomId").longValue()).isEqualTo(room);
            assertThat(closure.getString("firstDay")).isEqualTo(day.toString());
            assertThat(closure.getString("lastDay")).isEqualTo(day.plusDays(1).toString());
        });
    }

    @Test
    void theHubManagerRemovesAClosureOnlyAfterConfirmingWithTheKeyboard() {
        long room = ChargesChecks.newRoom();
        String name = roomName(room);
        LocalDate day = freeDay(7, DayOfWeek.WEDNESDAY);
        String reason = RoomsApiChecks.unique("Window repair");
        HttpResponse<String> closed = HUB.post("/api/closures", """
                {"roomId": %d, "firstDay": "%s", "lastDay": "%s", "reason": "%s"}
                """.formatted(room, day, day, reason), "admin");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("admin").open("/admin/closures.xhtml").enter(removeLinkFor(reason));

            assertThat(browser.path()).isEqualTo("/admin/remove-closure.xhtml");
            assertThat(browser.heading()).isEqualTo("Remove this closure?");
            assertThat(browser.text("closureFacts")).contains(name, inWords(day), reason);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.enter(By.id("removeNo"));
            assertThat(browser.path()).isEqualTo("/admin/closures.xhtml");
            assertThat(browser.text("currentClosures"))
                    .as("kept when the manager says no")
                    .contains(reason);
            assertThat(closureReasonsOver(day, day)).contains(reason);

            browser.enter(removeLinkFor(reason)).enter(By.id("removeYes"));

            assertThat(browser.path()).isEqualTo("/admin/closures.xhtml");
            assertThat(browser.text("pageMessages")).isEqualTo("Closure removed: " + name + ", " + inWords(day) + ".");
            assertThat(browser.text("currentClosures")).doesNotContain(reason);
        }
        assertThat(closureReasonsOver(day, day)).doesNotContain(reason);
    }

    @Test
    void aClosureOverABookedDateListsTheBookingToMoveAndSavesNothing() {
        long room = ChargesChecks.newRoom();
        String name = roomName(room);
        LocalDate day = freeDay(8, DayOfWeek.THURSDAY);
        String title = RoomsApiChecks.unique("Pottery for beginners");
        long group = ChargesChecks.newOrganisation("community", 0);
        String groupName = HubClient.object(HUB.get("/api/organisations/" + group, "admin", HubClient.DEMO_PASSWORD))
                .getString("name");
        long booked = ChargesChecks.book("staff", room, group, title, day.atTime(13, 0), day.atTime(15, 30));
        String reason = RoomsApiChecks.unique("Rewiring");

        try (Browser browser = new Browser(HUB)) {
            addClosure(
                    browser.signIn("admin").open("/admin/closures.xhtml"),
                    name,
                    day.minusDays(1),
                    day.plusDays(1),
                    reason);

            assertThat(browser.path()).isEqualTo("/admin/closures.xhtml");
            assertThat(browser.text("pageMessages"))
                    .startsWith("Not closed: one date is already booked in these days")
                    .contains("Move or cancel that booking first", "Nothing was saved.");
            assertThat(browser.text("booked"))
                    .contains(
                            "Already booked in these days",
                            name + ", " + inWords(day) + ", 13:00\u201315:30: " + title + " for " + groupName);
            assertThat(browser.all(By.cssSelector("#booked a")).get(0).getDomAttribute("href"))
                    .contains("id=" + booked);
            assertThat(browser.value("reason"))
                    .as("what was typed stays, to try again")
                    .isEqualTo(reason);
            assertThat(browser.text("currentClosures")).doesNotContain(reason);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
        assertThat(closureReasonsOver(day.minusDays(1), day.plusDays(1)))
                .as("nothing was saved")
                .doesNotContain(reason);
    }

    @Test
    void aLastDayBeforeTheFirstOrAMissingReasonIsShownBesideItsField() {
        long room = ChargesChecks.newRoom();
        String name = roomName(room);
        LocalDate day = freeDay(9, DayOfWeek.MONDAY);
        String reason = RoomsApiChecks.unique("Deep clean");

        try (Browser browser = new Browser(HUB)) {
            addClosure(browser.signIn("admin").open("/admin/closures.xhtml"), name, day, day.minusDays(1), reason);

            assertThat(browser.text("lastDay-error")).isEqualTo("A closure must end on or after the day it starts.");
            assertThat(browser.text("firstDay-error")).isEmpty();
            assertThat(browser.text("reason-error")).isEmpty();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.fill("lastDay", day.toString()).type("reason", " ").submit("addClosure");

            assertThat(browser.text("reason-error")).startsWith("Say why it is closed");
            assertThat(browser.text("lastDay-error")).isEmpty();
        }
        assertThat(closureReasonsOver(day.minusDays(1), day)).doesNotContain(reason);
    }

    @Test
    void pastClosuresShowOnDemandAndStaffSeeClosuresWithoutChangingThem() {
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/admin/closures.xhtml");

            assertThat(browser.heading()).isEqualTo("Closures");
            assertThat(browser.text("readOnly")).isEqualTo("Only the hub manager can add or remove closures.");
            assertThat(browser.text("currentClosures")).contains("Bank holiday: the hub is closed");
            assertThat(browser.all(By.id("addClosure"))).isEmpty();
            assertThat(browser.all(By.cssSelector("a.remove-closure"))).isEmpty();
            assertThat(browser.all(By.id("pastClosures")))
                    .as("past ones only on demand")
                    .isEmpty();

            browser.follow("togglePast");

            assertThat(browser.text("pastClosures"))
                    .as("this year's earlier bank holidays")
                    .contains("The whole hub", "Bank holiday: the hub is closed");
            assertThat(browser.text("togglePast")).isEqualTo("Hide past closures");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            JsonObject anyClosure =
                    closuresOver(LocalDate.now(), LocalDate.now().plusYears(1)).get(0);
            browser.open("/admin/remove-closure.xhtml?id="
                    + anyClosure.getJsonNumber("id").longValue());
            assertThat(browser.heading()).isEqualTo("You can't open this page");
        }
    }

    @Test
    void tenantsAndVolunteersCannotOpenTheClosures() {
        for (String username : List.of("youth", "sam")) {
            try (Browser browser = new Browser(HUB)) {
                browser.signIn(username).open("/admin/closures.xhtml");

                assertThat(browser.heading()).as(username).isEqualTo("You can't open this page");
                assertThat(browser.pageText()).as(username).doesNotContain("Bank holiday", "Add closure");
                assertThat(browser.all(By.id("navClosures"))).as(username).isEmpty();
            }
        }
        try (Browser browser = new Browser(HUB)) {
            browser.open("/admin/closures.xhtml");
            assertThat(browser.path()).as("a resident is asked to sign in").isEqualTo("/login.xhtml");
        }
    }

    @Test
    void theHubManagerFixesAnInvalidFieldAndFindsTheNewRoomListed() {
        String name = RoomsApiChecks.unique("Quiet Room");
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("admin")
                    .open("/admin/room.xhtml")
                    .type("name", name)
                    .type("slug", "quiet room")
                    .type("capacity", "8")
                    .submit("save");

            assertThat(browser.path()).isEqualTo("/admin/room.xhtml");
            assertThat(browser.text("slug-error"))
                    .isEqualTo("Use only lower-case letters, numbers and single hyphens, for example youth-hall.");
            assertThat(browser.text("name-error")).isEmpty();

            String slug = name.toLowerCase().replace(' ', '-');
            browser.type("slug", slug).submit("save");

            assertThat(browser.path()).isEqualTo("/admin/rooms.xhtml");
            assertThat(browser.pageText()).contains("Room \u201c" + name + "\u201d saved.", name);
        }
        assertThat(HUB.get("/api/rooms").body()).contains(name);
    }

    @Test
    void aTenantCannotOpenTheHubManagersPages() {
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("youth").open("/admin/rooms.xhtml");

            assertThat(browser.heading()).isEqualTo("You can't open this page");
            assertThat(browser.pageText()).doesNotContain("Add a room", "Clinic Room 1");
        }
    }

    @Test
    void aVisitorIsAskedToSignInAndThenTakenWhereTheyWereGoing() {
        try (Browser browser = new Browser(HUB)) {
            browser.open("/admin/organisations.xhtml");
            assertThat(browser.path()).isEqualTo("/login.xhtml");

            browser.type("username", "admin").type("password", "wrong password").submit("signIn");
            assertThat(browser.pageText()).contains("That username and password did not match an account.");

            browser.type("username", "admin")
                    .type("password", HubClient.DEMO_PASSWORD)
                    .submit("signIn");
            assertThat(browser.path()).isEqualTo("/admin/organisations.xhtml");
            assertThat(browser.pageText()).contains("Fleetwood Food Bank", "NHS CAMHS");
        }
    }

    @Test
    void tooManyWrongPasswordsForOneUsernameAreToldApartOnTheSignInPage() {
        String guessed = "guessed-" + UUID.randomUUID();
        try (Browser browser = new Browser(HUB)) {
            // guessed from one place, as the hold counts: the browser may reach the hub by another loopback address
            // than the API client
            for (int i = 0; i < 10; i++) {
                browser.open("/login.xhtml");
                browser.type("username", guessed).type("password", "guess " + i).submit("signIn");
                assertThat(browser.pageText()).contains("That username and password did not match an account.");
            }
            browser.open("/login.xhtml");
            browser.type("username", guessed).type("password", "one more guess").submit("signIn");
            assertThat(browser.pageText())
                    .contains("too many wrong passwords for this username", "Try again in 15 minutes.");
        }
    }

    @Test
    void theHomePageShowsEverySpaceWithItsAccessibilityAndHours() {
        try (Browser browser = new Browser(HUB)) {
            browser.open("/spaces.xhtml");

            assertThat(browser.heading()).isEqualTo("Our spaces");
            assertThat(browser.text("space-cafe"))
                    .contains(
                            "Community Café",
                            "Step-free access",
                            "Hearing loop",
                            "Monday",
                            "08:30–16:30",
                            "Sunday",
                            "Closed");
            assertThat(browser.pageText()).doesNotContain("Rooms\nOrganisations");
        }
    }
}

package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of every role on a 360 px phone: none wider than the screen, no field to be found only by scrolling a box
 * sideways, none with a serious or critical accessibility violation, in English and in Polish (whose words are longer). The list of pages ({@link
 * PagesOfEveryRole}) is checked against the pages the WAR holds, so a page added later and not listed fails the check.
 * Also the room planner's day list on a phone, and filters that open on their results.
 */
abstract class EveryPageOnAPhoneChecks {

    /** The element (and a few inside it) reaching furthest past the right edge, outside any sideways scroll box. */
    private static final String WIDEST = """
            const edge = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= edge) { return null; }
            const scrolls = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= edge + 1) return true; }
                return false; };
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            const past = [], clipped = [];
            for (const e of document.body.querySelectorAll('*')) {
                const box = e.getBoundingClientRect();
                if (box.width > 0 && box.right > edge + 1) { (scrolls(e) ? clipped : past).push(name(e) + ' to ' + Math.round(box.right) + 'px'); }
            }
            if (past.length === 0) { past.push(...clipped.map(e => 'inside a scroll box, ' + e)); }
            return document.documentElement.scrollWidth + 'px wide on a ' + edge + 'px screen: ' + past.slice(0, 4).join(', ');
            """;

    /** Boxes that scroll sideways but cannot be reached from the keyboard, or are not named for a screen reader. */
    private static final String UNREACHABLE_SCROLL_BOXES = """
            return Array.from(document.body.querySelectorAll('*'))
                .filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
                .filter(e => e.tabIndex < 0 || e.getAttribute('role') !== 'region'
                    || !(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')))
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className);
            """;

    /**
     * Fields and buttons a person would have to scroll a box sideways to find: past the screen's right edge, or left of
     * it (but for the field for robots, hidden from everyone).
     */
    private static final String FIELDS_OUT_OF_SIGHT = """
            const edge = document.documentElement.clientWidth;
            return Array.from(document.body.querySelectorAll('input:not([type=hidden]), select, textarea, button'))
                .filter(e => !e.closest('[aria-hidden=true]'))
                .filter(e => { const box = e.getBoundingClientRect(); return box.width > 0 && (box.right > edge + 1 || box.left < -1); })
                .map(e => (e.getAttribute('aria-label') || e.id || e.name) + ' at ' + Math.round(e.getBoundingClientRect().right) + 'px');
            """;

    @Test
    void everyPageOfEveryRoleFitsA360PixelPhoneAndPassesAxe() {
        assertThat(problemsOnEveryPage(null)).isEmpty();
    }

    @Test
    void everyPageOfEveryRoleFitsA360PixelPhoneInPolish() {
        assertThat(problemsOnEveryPage("pl")).isEmpty();
    }

    @Test
    void theRoomPlannerOnAPhoneListsOneDayRoomByRoomWithLinksToEachBooking() {
        long room = ChargesChecks.newRoom();
        LocalDate day = SeriesChangeChecks.clearWeeks(10, DayOfWeek.MONDAY, 1);
        String title = RoomsApiChecks.unique("Baby massage");
        long booking = SeriesChangeChecks.bookedBy("staff", BookingsApiChecks.once(room, title, day, "09:30", "11:00"));
        String roomName = HubClient.object(HUB.get("/api/rooms/" + room)).getString("name");

        try (Browser staff = new Browser(HUB)) {
            staff.signIn("staff").open("/staff/planner.xhtml?date=" + day);
            assertThat(staff.seriousAccessibilityViolations())
                    .as("the week grid on a wide screen")
                    .isEmpty();
            staff.driver().manage().window().setSize(new Dimension(360, 740));
            staff.open("/staff/planner.xhtml?date=" + day);

            assertThat(staff.all(By.id("planner:schedule")).get(0).isDisplayed())
                    .as("no week grid on a phone")
                    .isFalse();
            assertThat(staff.text("plannerDayHeading")).isEqualTo(DAY_IN_WORDS.format(day));
            WebElement roomDay = staff.driver()
                    .findElement(
                            By.xpath("//section[@id='plannerDay']//h3[.='" + roomName + "']/following-sibling::ul[1]"));
            assertThat(roomDay.getText()).contains("09:30\u201311:00", title);
            assertThat(roomDay.findElement(By.linkText(title)).getDomAttribute("href"))
                    .endsWith("/bookings/booking.xhtml?id=" + booking);
            assertThat(staff.text("plannerDay")).as("every room, free ones too").contains("Nothing booked");

            staff.enter(By.id("nextDay"));
            assertThat(staff.text("plannerDayHeading")).isEqualTo(DAY_IN_WORDS.format(day.plusDays(1)));
            staff.enter(By.id("previousDay"));
            assertThat(staff.text("plannerDay")).contains(title);

            staff.choose("planner:plannerRoom", roomName);
            new WebDriverWait(staff.driver(), Duration.ofSeconds(15))
                    .until(page ->
                            page.findElements(By.cssSelector("#plannerDay h3")).size() == 1);
            assertThat(staff.text("plannerDay")).contains(roomName, title);
            assertThat(staff.driver().findElement(By.id("nextDay")).getDomAttribute("href"))
                    .as("the days go on in the room chosen")
                    .contains("roomId=" + room);
        }
    }

    @Test
    void afterAFilterOnAPhoneThePageOpensOnTheResultsAskedFor() {
        try (Browser resident = new Browser(HUB)) {
            resident.driver().manage().window().setSize(new Dimension(360, 740));
            resident.open("/");
            assertThat(focused(resident))
                    .as("a page opened afresh leaves the focus alone")
                    .isNotEqualTo("programme");
            new Select(resident.driver().findElement(By.id("type"))).selectByIndex(1);
            resident.submit("show");
            assertThat(focused(resident)).isEqualTo("programme");
            assertThat(onScreen(resident, "programme"))
                    .as("scrolled to the results")
                    .isTrue();
        }
        try (Browser staff = new Browser(HUB)) {
            staff.signIn("staff");
            staff.driver().manage().window().setSize(new Dimension(360, 740));
            staff.open("/bookings/index.xhtml")
                    .choose("filterStatus", "Waiting for approval")
                    .submit("applyFilter");
            assertThat(focused(staff)).isEqualTo("bookingResults");
            assertThat(onScreen(staff, "bookingResults")).isTrue();
            staff.open("/bookings/index.xhtml");
            assertThat(focused(staff)).as("only once, after the filter").isNotEqualTo("bookingResults");
        }
    }

    @Test
    void onAPhoneAStaffMembersLinksFoldBehindAMenuButtonThatTheKeyboardOpens() {
        try (Browser staff = new Browser(HUB)) {
            staff.signIn("staff").open("/staff/today.xhtml");
            assertThat(staff.all(By.id("menuButton")).get(0).isDisplayed())
                    .as("no Menu button on a wide screen")
                    .isFalse();
            assertThat(staff.all(By.id("navRota")).get(0).isDisplayed()).isTrue();

            staff.driver().manage().window().setSize(new Dimension(360, 740));
            staff.open("/staff/today.xhtml");
            WebElement menu = staff.driver().findElement(By.id("menuButton"));
            assertThat(menu.isDisplayed()).isTrue();
            assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(staff.all(By.id("navRota")).get(0).isDisplayed()).isFalse();
            assertThat(staff.driver().findElement(By.tagName("h1")).getRect().getY())
                    .as("the page's heading in the first third of the screen")
                    .isLessThan(740 / 3);
            assertThat(staff.seriousAccessibilityViolations()).isEmpty();

            menu.sendKeys(Keys.ENTER);

            assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(staff.all(By.id("navRota")).get(0).isDisplayed()).isTrue();
            staff.enter(By.id("navRota"));
            assertThat(staff.path()).isEqualTo("/staff/rota.xhtml");
        }
        try (Browser resident = new Browser(HUB)) {
            resident.driver().manage().window().setSize(new Dimension(360, 740));
            resident.open("/");
            assertThat(resident.all(By.id("menuButton")).get(0).isDisplayed())
                    .as("a resident's four links show as they are")
                    .isFalse();
            assertThat(resident.all(By.id("navIdeas")).get(0).isDisplayed()).isTrue();
        }
    }

    private static String focused(Browser browser) {
        return String.valueOf(
                ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id;"));
    }

    private static boolean onScreen(Browser browser, String id) {
        return (Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const box = document.getElementById(arguments[0]).getBoundingClientRect();"
                                + " return box.bottom > 0 && box.top < innerHeight;",
                        id);
    }

    private static final DateTimeFormatter DAY_IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Test
    void noPageOfTheHubIsLeftOutOfTheWalk() throws IOException {
        Path webapp = Path.of(System.getProperty("hub.webapp", "target/hub-web"));
        Set<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + webapp.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/") && !page.startsWith("/META-INF/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> walked = PagesOfEveryRole.WALKS.values().stream()
                .flatMap(List::stream)
                .map(page -> page.path().replaceFirst("\\?.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(pages).as("pages in the WAR").isNotEmpty();
        assertThat(walked).as("every page of the WAR is walked on a phone").containsAll(pages);
    }

    /** Walks every role's pages at 360 px; each problem found is one line naming the role, page and what is wrong. */
    private static List<String> problemsOnEveryPage(String language) {
        PagesOfEveryRole.ideasToOpen();
        List<String> problems = new ArrayList<>();
        PagesOfEveryRole.WALKS.forEach((who, pages) -> {
            try (Browser browser = new Browser(HUB)) {
                boolean signedIn = !"anyone".equals(who);
                if (signedIn) {
                    browser.signIn(who);
                }
                if (language != null) {
                    // the switcher: for someone signed in it is their account's choice too, given back afterwards
                    browser.open("/spaces.xhtml").submit("language-" + language);
                }
                walk(browser, who, pages, language, problems);
                if (language != null && signedIn) {
                    browser.submit("language-en-GB");
                }
            }
        });
        return problems;
    }

    private static void walk(
            Browser browser, String who, List<PagesOfEveryRole.Page> pages, String language, List<String> problems) {
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        for (PagesOfEveryRole.Page page : pages) {
            String where = who + " " + page.path() + (language == null ? "" : " (" + language + ")");
            String address = PagesOfEveryRole.addressOf(browser, page);
            if (address == null) {
                problems.add(where + ": no link to it on " + page.via());
                continue;
            }
            browser.open(address);
            if (language != null) {
                assertThat(((JavascriptExecutor) browser.driver())
                                .executeScript("return document.documentElement.lang;"))
                        .as(where)
                        .isEqualTo(language);
            }
            Object widest = ((JavascriptExecutor) browser.driver()).executeScript(WIDEST);
            if (widest != null) {
                problems.add(where + ": " + widest);
            }
            ((List<?>) ((JavascriptExecutor) browser.driver()).executeScript(UNREACHABLE_SCROLL_BOXES))
                    .forEach(box -> problems.add(where + ": scrolls sideways, not reachable by keyboard: " + box));
            ((List<?>) ((JavascriptExecutor) browser.driver()).executeScript(FIELDS_OUT_OF_SIGHT))
                    .forEach(field -> problems.add(where + ": a field out of sight to the side: " + field));
            if (language == null) {
                browser.seriousAccessibilityViolations().forEach(violation -> problems.add(where + ": " + violation));
            }
        }
    }
}

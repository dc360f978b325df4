package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of every role on a 360 px phone: none wider than the screen, none with a serious or critical
 * accessibility violation, in English and in Polish (whose words are longer). The list of pages is checked against
 * the pages the WAR holds, so a page added later and not walked here fails the check.
 */
abstract class EveryPageOnAPhoneChecks {

    /** A page to open; {@code via} is a list page whose first link to it gives a demo record's id. */
    private record Page(String path, String via) {
        static Page at(String path) {
            return new Page(path, null);
        }

        static Page from(String via, String path) {
            return new Page(path, via);
        }
    }

    private static final List<Page> ANYONE = List.of(
            Page.at("/index.xhtml"),
            Page.at("/spaces.xhtml"),
            Page.at("/ideas/index.xhtml"),
            Page.at("/ideas/suggest.xhtml"),
            Page.from("/ideas/index.xhtml", "/ideas/support.xhtml"),
            Page.at("/ideas/confirm.xhtml?token=unknown"),
            Page.at("/ideas/forget.xhtml?token=unknown"),
            Page.at("/login.xhtml"),
            Page.at("/forgot-password.xhtml"),
            Page.at("/reset-password.xhtml?token=unknown"),
            Page.at("/invitation.xhtml?token=unknown"),
            Page.at("/setup.xhtml?token=unknown"),
            Page.at("/being-set-up.xhtml"),
            Page.at("/error/bad-request.xhtml"),
            Page.at("/error/expired.xhtml"),
            Page.at("/error/forbidden.xhtml"),
            Page.at("/error/not-found.xhtml"),
            Page.at("/error/unexpected.xhtml"));

    private static final List<Page> VOLUNTEER = List.of(
            Page.at("/volunteer/shifts.xhtml"), Page.at("/rota/easy-read.xhtml"), Page.at("/account/index.xhtml"));

    /** Bookings and room-hire statements: the same pages for tenants (their own) and staff (everyone's). */
    private static final List<Page> BOOKINGS = List.of(
            Page.at("/bookings/index.xhtml"),
            Page.at("/bookings/new.xhtml"),
            Page.from("/bookings/index.xhtml", "/bookings/booking.xhtml"),
            Page.at("/bookings/attendance.xhtml"),
            Page.at("/charges/statement.xhtml"));

    private static final List<Page> TENANT = Stream.concat(
                    Stream.of(Page.at("/tenant/index.xhtml"), Page.at("/tenant/ideas.xhtml")), BOOKINGS.stream())
            .toList();

    private static final List<Page> STAFF = List.of(
            Page.at("/staff/today.xhtml"),
            Page.at("/staff/planner.xhtml"),
            Page.at("/staff/approvals.xhtml"),
            Page.at("/staff/rota.xhtml"),
            Page.at("/staff/cafe-team.xhtml"),
            Page.from("/staff/cafe-team.xhtml", "/staff/cafe-member.xhtml"),
            Page.at("/staff/cafe-member.xhtml"),
            Page.at("/staff/cafe-pattern.xhtml"),
            Page.at("/staff/cafe-settings.xhtml"),
            Page.at("/staff/cafe-hours.xhtml"),
            Page.at("/staff/income.xhtml"),
            Page.at("/staff/reports.xhtml"),
            Page.at("/staff/impact.xhtml"),
            Page.at("/staff/suggestions.xhtml"),
            Page.from("/staff/suggestions.xhtml", "/staff/suggestion.xhtml"),
            Page.at("/admin/closures.xhtml"),
            Page.at("/rota/easy-read.xhtml"));

    private static final List<Page> ADMIN = List.of(
            Page.at("/admin/rooms.xhtml"),
            Page.from("/admin/rooms.xhtml", "/admin/room.xhtml"),
            Page.at("/admin/room.xhtml"),
            Page.at("/admin/organisations.xhtml"),
            Page.from("/admin/organisations.xhtml", "/admin/organisation.xhtml"),
            Page.at("/admin/organisation.xhtml"),
            Page.at("/admin/closures.xhtml"),
            Page.from("/admin/closures.xhtml", "/admin/remove-closure.xhtml"),
            Page.at("/admin/accounts.xhtml"),
            Page.at("/admin/settings.xhtml"),
            Page.at("/admin/change-log.xhtml"),
            Page.at("/admin/backups.xhtml"),
            Page.at("/staff/planner.xhtml"),
            Page.at("/staff/today.xhtml"),
            Page.at("/account/index.xhtml"));

    /** Who walks which pages: no one signed in, then one demo account of each role. */
    private static final Map<String, List<Page>> WALKS = walks();

    private static Map<String, List<Page>> walks() {
        Map<String, List<Page>> walks = new LinkedHashMap<>();
        walks.put("anyone", ANYONE);
        walks.put("sam", VOLUNTEER);
        walks.put("foodbank", withMyAccount(TENANT));
        walks.put(
                "staff",
                withMyAccount(Stream.concat(STAFF.stream(), BOOKINGS.stream()).toList()));
        walks.put("admin", ADMIN);
        return walks;
    }

    private static List<Page> withMyAccount(List<Page> pages) {
        return Stream.concat(pages.stream(), Stream.of(Page.at("/account/index.xhtml")))
                .toList();
    }

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
        long booking = SeriesChangeChecks.id(HUB.post(
                "/api/bookings",
                BookingsApiChecks.booking(
                        room, title, BookingsApiChecks.at(day, "09:30"), BookingsApiChecks.at(day, "11:00"), ""),
                "staff"));
        String roomName = HubClient.object(HUB.get("/api/rooms/" + room)).getString("name");

        try (Browser staff = new Browser(HUB)) {
            staff.signIn("staff").open("/staff/planner.xhtml?date=" + day);
            assertThat(staff.seriousAccessibilityViolations())
                    .as("the week grid's buttons and bookings on a wide screen")
                    .noneMatch(violation -> violation.startsWith("color-contrast"));
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
        Set<String> walked = WALKS.values().stream()
                .flatMap(List::stream)
                .map(page -> page.path().replaceFirst("\\?.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(pages).as("pages in the WAR").isNotEmpty();
        assertThat(walked).as("every page of the WAR is walked on a phone").containsAll(pages);
    }

    /** Walks every role's pages at 360 px; each problem found is one line naming the role, page and what is wrong. */
    private static List<String> problemsOnEveryPage(String language) {
        ideasToOpen();
        List<String> problems = new ArrayList<>();
        WALKS.forEach((who, pages) -> {
            try (Browser browser = new Browser(HUB)) {
                if (language != null) {
                    // the visit's language, as the switcher keeps it; the switcher itself would make it the demo
                    // account's own choice for every other check too
                    browser.open("/login.xhtml");
                    browser.driver().manage().addCookie(new Cookie("hub-language", language));
                }
                if (!"anyone".equals(who)) {
                    browser.signIn(who);
                }
                browser.driver().manage().window().setSize(new Dimension(360, 740));
                for (Page page : pages) {
                    String where = who + " " + page.path() + (language == null ? "" : " (" + language + ")");
                    String address = addressOf(browser, page);
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
                            .forEach(box ->
                                    problems.add(where + ": scrolls sideways, not reachable by keyboard: " + box));
                    if (language == null) {
                        browser.seriousAccessibilityViolations()
                                .forEach(violation -> problems.add(where + ": " + violation));
                    }
                }
            }
        });
        return problems;
    }

    /** A resident's idea waiting for staff, and one published, so the pages of one idea have one to show. */
    private static void ideasToOpen() {
        for (boolean publish : List.of(false, true)) {
            String title =
                    "Przedstawienie dla dzieci " + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> sent = HUB.send("POST", "/api/suggestions", """
                    {"title": "%s", "description": "Raz w miesiącu.", "audience": ["families"], "whenSuits": "Soboty", "email": "%s@people.example"}""".formatted(title, UUID.randomUUID()));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
            if (publish) {
                long id = HubClient.array(HUB.get("/api/suggestions", "staff", HubClient.DEMO_PASSWORD))
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(idea -> idea.getString("title").equals(title))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
                HttpResponse<String> published = HUB.post("/api/suggestions/" + id + "/publish", "", "staff");
                assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
            }
        }
    }

    private static String addressOf(Browser browser, Page page) {
        if (page.via() == null) {
            return page.path();
        }
        browser.open(page.via());
        String target = page.path().substring(page.path().lastIndexOf('/') + 1) + "?";
        return browser.all(By.cssSelector("a[href*='" + target + "']")).stream()
                .map(link -> link.getDomAttribute("href"))
                .filter(href -> href.contains("id="))
                .findFirst()
                .map(href -> href.startsWith("http") ? href : HUB.uri(href).toString())
                .orElse(null);
    }
}

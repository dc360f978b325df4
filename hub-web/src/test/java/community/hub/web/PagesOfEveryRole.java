package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.openqa.selenium.By;

/** Every page of the hub, by who opens it, for {@link EveryPageOnAPhoneChecks}; a page needing an id gets a demo record's. */
final class PagesOfEveryRole {

    private PagesOfEveryRole() {}

    /** A page to open; {@code via} is a list page whose first link to it gives a demo record's id. */
    record Page(String path, String via) {
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
            Page.at("/error/not-allowed.xhtml"),
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
    static final Map<String, List<Page>> WALKS = walks();

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

    /** A resident's idea waiting for staff, and one published, so the pages of one idea have one to show. */
    static void ideasToOpen() {
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

    static String addressOf(Browser browser, Page page) {
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

package community.hub.web;

import org.junit.jupiter.api.Test;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

/** The hub manager's pages in headless Chromium, and who may not open them. */
abstract class AdminPageChecks {

    @Test
    void theHubManagerFixesAnInvalidFieldAndFindsTheNewRoomListed() {
        String name = RoomsApiChecks.unique("Quiet Room");
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("admin").open("/admin/room.xhtml")
                    .type("name", name)
                    .type("slug", "quiet room")
                    .type("capacity", "8")
                    .submit("save");

            assertThat(browser.path()).isEqualTo("/admin/room.xhtml");
            assertThat(browser.text("slug-error")).isEqualTo("Use only lower-case letters, numbers and single hyphens, for example youth-hall.");
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

            browser.type("username", "admin").type("password", HubClient.DEMO_PASSWORD).submit("signIn");
            assertThat(browser.path()).isEqualTo("/admin/organisations.xhtml");
            assertThat(browser.pageText()).contains("Fleetwood Food Bank", "NHS CAMHS");
        }
    }

    @Test
    void theHomePageShowsEverySpaceWithItsAccessibilityAndHours() {
        try (Browser browser = new Browser(HUB)) {
            browser.open("/spaces.xhtml");

            assertThat(browser.heading()).isEqualTo("Our spaces");
            assertThat(browser.text("space-cafe")).contains("Community Café", "Step-free access", "Hearing loop",
                    "Monday", "08:30–16:30", "Sunday", "Closed");
            assertThat(browser.pageText()).doesNotContain("Rooms\nOrganisations");
        }
    }
}

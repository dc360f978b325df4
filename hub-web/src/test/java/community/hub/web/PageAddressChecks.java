package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Page addresses edited by hand, or kept after what they named was removed: the hub's own "not found" or "could not
 * understand" page, never "Something went wrong".
 */
abstract class PageAddressChecks {

    @Test
    void anAddressNamingNothingIsNotFoundAndADateThatIsNoDateIsNotUnderstood() {
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("admin");
            for (String nothing : List.of(
                    "/admin/room.xhtml?id=987654321",
                    "/admin/organisation.xhtml?id=987654321",
                    "/staff/cafe-member.xhtml?id=987654321",
                    "/staff/suggestion.xhtml?id=one",
                    "/rota/easy-read.xhtml?member=someone")) {
                assertThat(browser.open(nothing).heading()).as(nothing).isEqualTo("Page not found");
            }
            for (String noDate : List.of("/staff/reports.xhtml?from=2026-02-30", "/staff/impact.xhtml?to=soon")) {
                assertThat(browser.open(noDate).heading()).as(noDate).isEqualTo("We could not understand that");
            }
            assertThat(browser.open("/staff/reports.xhtml").heading()).isEqualTo("Reports");
        }
    }
}

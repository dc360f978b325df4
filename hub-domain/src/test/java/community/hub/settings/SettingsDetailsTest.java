package community.hub.settings;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.FieldProblems;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hub's details a manager gives: what is refused, and the words beside each field. */
class SettingsDetailsTest {

    private static Map<String, String> problems(SettingsDetails details) {
        return FieldProblems.of(details);
    }

    @Test
    void aHubWithANameAndNothingElseIsFine() {
        assertThat(problems(new SettingsDetails("Riverside Community Hub", null, null, null, null)))
                .isEmpty();
        assertThat(problems(new SettingsDetails("Riverside Community Hub", "", "", "", "")))
                .isEmpty();
    }

    @Test
    void everyDetailInItsUsualFormIsFine() {
        assertThat(problems(new SettingsDetails(
                        "Riverside Community Hub",
                        "1 Mill Lane, Riverside RV1 2AB",
                        "hello@riverside.example",
                        "+44 (0)1253 123-456",
                        "Closed for repairs on Friday.")))
                .isEmpty();
    }

    @Test
    void eachWrongFieldIsNamedWithWhatToDo() {
        Map<String, String> problems =
                problems(new SettingsDetails(" ", "x".repeat(301), "not an address", "call me", "y".repeat(1001)));

        assertThat(problems).containsOnlyKeys("name", "address", "contactEmail", "contactPhone", "publicNotice");
        assertThat(problems.get("name")).isEqualTo("Enter the hub's name.");
        assertThat(problems.get("contactEmail")).startsWith("Enter an email address like");
        assertThat(problems.get("contactPhone")).startsWith("Enter a phone number");
    }

    @Test
    void blankDetailsAreStoredAsNoneAndTheRestTrimmed() {
        HubSettings settings =
                new HubSettings(new SettingsDetails("  Riverside Hub ", " ", null, "", " Open late today "));

        assertThat(settings.getName()).isEqualTo("Riverside Hub");
        assertThat(settings.getAddress()).isNull();
        assertThat(settings.getContactPhone()).isNull();
        assertThat(settings.getPublicNotice()).isEqualTo("Open late today");
    }
}

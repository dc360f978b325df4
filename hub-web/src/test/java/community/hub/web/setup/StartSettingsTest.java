package community.hub.web.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartSettingsTest {

    private static List<String> problems(Map<String, String> settings) {
        return StartSettings.problems(name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    void theDefaultsAndTheReadmesExamplesAreAllRight() {
        assertThat(problems(Map.of())).isEmpty();
        assertThat(problems(Map.ofEntries(
                        Map.entry("hub.port", "8080"),
                        Map.entry("hub.public.url", "https://hub.example.org"),
                        Map.entry("hub.feed.key", "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80="),
                        Map.entry("hub.proxy.trusted", "127.0.0.1, 0:0:0:0:0:0:0:1,::1"),
                        Map.entry("hub.db.url", "jdbc:postgresql://db.example:5432/hub"),
                        Map.entry("hub.demo.data", "FALSE"),
                        Map.entry("hub.start.wait", "true"),
                        Map.entry("hub.api.signInMemorySeconds", "0"),
                        Map.entry("hub.mail.from", "Fleetwood Community Hub <bookings@hub.example>"),
                        Map.entry("hub.mail.replyTo", "coordinator@hub.example"),
                        Map.entry("hub.mail.retrySeconds", " 2 "),
                        Map.entry("hub.backup.at", "off"),
                        Map.entry("hub.backup.keepDays", "7"),
                        Map.entry("hub.backup.keepWeeks", "0"))))
                .isEmpty();
        assertThat(problems(Map.of("hub.backup.at", "02:30"))).isEmpty();
    }

    @Test
    void eachMistypedSettingIsNamedAsAnOperatorTypesItWithWhatItShouldBe() {
        assertThat(problems(Map.of("hub.backup.keepDays", "lots")))
                .containsExactly("HUB_BACKUP_KEEPDAYS is \"lots\" but should be a whole number of days, 1 or more");
        assertThat(problems(Map.of("hub.mail.startTls", "maybe", "hub.backup.at", "half past two")))
                .containsExactlyInAnyOrder(
                        "HUB_MAIL_STARTTLS is \"maybe\" but should be true or false",
                        "HUB_BACKUP_AT is \"half past two\" but should be a time of day like 02:30, or off");
        assertThat(problems(Map.of("hub.api.signInMemorySeconds", "5.5")))
                .containsExactly(
                        "HUB_API_SIGNINMEMORYSECONDS is \"5.5\" but should be a whole number of seconds, 0 or more");
    }

    @Test
    void numbersOutsideTheirRangeAreRefused() {
        assertThat(problems(Map.of("hub.port", "70000"))).hasSize(1);
        assertThat(problems(Map.of("hub.mail.maxAttempts", "0"))).hasSize(1);
        assertThat(problems(Map.of("hub.backup.keepWeeks", "-1"))).hasSize(1);
        assertThat(problems(Map.of("hub.charges.cancellationCutOffHours", "99999999999")))
                .hasSize(1);
    }

    @Test
    void addressesKeysAndEmailsAreReadStrictly() {
        assertThat(problems(Map.of("hub.public.url", "hub.example.org"))).hasSize(1);
        assertThat(problems(Map.of("hub.public.url", "ftp://hub.example.org"))).hasSize(1);
        assertThat(problems(Map.of("hub.proxy.trusted", "proxy.example"))).hasSize(1);
        assertThat(problems(Map.of("hub.mail.from", "bookings at hub"))).hasSize(1);
        assertThat(problems(Map.of("hub.feed.key", "c2hvcnQ="))).hasSize(1);
    }

    @Test
    void aSecretIsNeverWrittenToTheLog() {
        assertThat(problems(Map.of("hub.feed.key", "not-base64!", "hub.db.url", "postgres://hub:s3cret@db/hub")))
                .containsExactlyInAnyOrder(
                        "HUB_FEED_KEY is set but should be 32 bytes in base64, such as the output of: head -c 32 "
                                + "/dev/urandom | base64",
                        "HUB_DB_URL is set but should be an address like jdbc:postgresql://db.example:5432/hub")
                .noneMatch(problem -> problem.contains("s3cret") || problem.contains("not-base64"));
    }
}

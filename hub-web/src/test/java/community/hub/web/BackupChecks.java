package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Backups for the hub manager (SPEC §4 and §6): one taken now through the API or the page is listed when complete,
 * with its time, size and who took it, as a folder that holds a copy of the database; removing one asks first; only
 * the hub manager may do any of it, and each one taken or removed is in the change log.
 */
abstract class BackupChecks {

    private static List<JsonObject> backups() {
        HttpResponse<String> listed = HUB.get("/api/backups", "admin", HubClient.DEMO_PASSWORD);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return HubClient.array(listed).getValuesAs(JsonObject.class);
    }

    private static Set<String> names() {
        return backups().stream().map(backup -> backup.getString("name")).collect(Collectors.toSet());
    }

    /** The first backup listed that is not one of {@code before}, once it is complete (at most a minute). */
    static JsonObject newlyListed(Set<String> before) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            var taken = backups().stream()
                    .filter(backup -> !before.contains(backup.getString("name")))
                    .findFirst();
            if (taken.isPresent()) {
                return taken.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No new backup listed within a minute: " + backups());
    }

    @Test
    void aBackupAskedForThroughTheApiIsListedWhenCompleteWithItsTimeSizeAndWhoTookIt() throws Exception {
        Set<String> before = names();
        HttpResponse<String> asked = HUB.post("/api/backups", "", "admin");

        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/api/backups");
        Instant since = Instant.parse(HubClient.object(asked).getString("takingSince"));
        JsonObject backup = newlyListed(before);
        assertThat(Instant.parse(backup.getString("takenAt"))).isEqualTo(since);
        assertThat(backup.getString("takenBy")).isEqualTo("admin");
        assertThat(backup.getJsonNumber("sizeBytes").longValue()).isGreaterThan(1_000_000);
        Path folder = Path.of(backup.getString("folder"));
        assertThat(folder.getFileName().toString()).isEqualTo(backup.getString("name"));
        assertThat(folder.resolve("hub/service.properties"))
                .as("Derby's copy of the whole database")
                .isRegularFile();
        assertThat(folder.resolve("hub/seg0")).isDirectory();

        HttpResponse<String> log = HUB.get("/api/change-log?kind=BACKUP", "admin", HubClient.DEMO_PASSWORD);
        assertThat(HubClient.array(log).getValuesAs(JsonObject.class)).anySatisfy(entry -> {
            assertThat(entry.getString("who")).isEqualTo("admin");
            assertThat(entry.getString("change")).isEqualTo("TAKEN");
            assertThat(Instant.parse(entry.getString("at"))).isAfterOrEqualTo(since.truncatedTo(ChronoUnit.MILLIS));
        });
    }

    @Test
    void onlyTheHubManagerMayListOrTakeBackups() {
        int before = backups().size();
        for (String who : new String[] {"staff", "foodbank", "sam"}) {
            assertThat(HUB.get("/api/backups", who, HubClient.DEMO_PASSWORD).statusCode())
                    .as(who)
                    .isEqualTo(403);
            assertThat(HUB.post("/api/backups", "", who).statusCode()).as(who).isEqualTo(403);
        }
        assertThat(HUB.get("/api/backups").statusCode()).isEqualTo(401);
        assertThat(HUB.send("POST", "/api/backups", "").statusCode()).isEqualTo(401);
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/admin/backups.xhtml");
            assertThat(browser.pageText()).doesNotContain("Take a backup now");
        }
        assertThat(backups()).as("none taken").hasSize(before);
    }

    @Test
    void thePageTakesOneListsItSaysHowToRestoreAndAsksBeforeRemovingOne() throws Exception {
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("admin").open("/").follow("navBackups");
            assertThat(browser.heading()).isEqualTo("Backups");
            assertThat(browser.text("schedule")).contains("every night at 02:30", "last 7 days", "for 4 weeks");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            Set<String> before = names();

            browser.submit("takeNow");

            assertThat(browser.pageText()).contains("A backup is being taken");
            String name = newlyListed(before).getString("name");
            browser.open("/admin/backups.xhtml");
            assertThat(browser.text("backups")).contains(name, "admin");
            assertThat(browser.text("restoreCommand"))
                    .startsWith("HUB_RESTORE_FROM=/")
                    .contains("/backups/");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.open("/admin/backups.xhtml?remove=" + name);
            assertThat(browser.text("removeHeading")).startsWith("Remove the backup taken on");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.follow("removeNo");
            assertThat(backups()).extracting(backup -> backup.getString("name")).contains(name);

            browser.open("/admin/backups.xhtml?remove=" + name).submit("removeYes");

            assertThat(browser.pageText()).contains("Backup " + name + " removed.");
            assertThat(backups()).extracting(backup -> backup.getString("name")).doesNotContain(name);
            assertThat(browser.all(By.id("removeQuestion"))).isEmpty();
        }
        HttpResponse<String> log = HUB.get("/api/change-log?kind=BACKUP", "admin", HubClient.DEMO_PASSWORD);
        assertThat(HubClient.array(log).getValuesAs(JsonObject.class))
                .anySatisfy(entry -> assertThat(entry.getString("change")).isEqualTo("REMOVED"));
    }
}

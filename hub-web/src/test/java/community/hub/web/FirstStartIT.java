package community.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.HubTime;
import community.hub.booking.BankHolidays;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A real hub's first start (SPEC §7): started without demo data, it has no account and no default password, says on
 * every page that it is being set up, and writes one setup link in its log, where the hub manager creates their account
 * and the hub's settings. Then the manager's password is changed and reset as anyone's would be, and the manager invites
 * a coordinator and a café member, who each choose a password from their email and land on their own start page. One
 * more server start
 * (its own process, as {@link SharedDatabaseIT} starts them); the checks walk the hub's life in order, each from where
 * the one before left it, as an operator and a hub manager would. Last, two hubs from a copy of the runnable file whose
 * application does not deploy: one says why in one line and stops, the other, told to wait, answers DOWN; and a hub
 * with mistyped settings, which stops in one line naming them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartIT {

    private static final Pattern SETUP_LINK = Pattern.compile("/setup\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern RESET_LINK =
            Pattern.compile("http\\S*/reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern INVITATION_LINK =
            Pattern.compile("http\\S*/invitation\\.xhtml\\?token=[A-Za-z0-9_-]+");
    private static final String PASSWORD = "a kettle on the third floor";
    private static final String NEW_PASSWORD = "seven swans on the promenade";
    private static final String RESET_PASSWORD = "the tide comes in at four";

    private static HubInstance hub;
    private static HubClient client;
    private static TestMailServer mail;

    @BeforeAll
    static void aHubWithoutDemoData() throws Exception {
        mail = new TestMailServer(Integer.getInteger("hub.it.freshSmtpPort"));
        mail.start();
        int port = Integer.getInteger("hub.it.freshPort");
        hub = HubInstance.start(
                Path.of(System.getProperty("it.dir"), "fresh-" + System.currentTimeMillis()),
                port,
                Map.of(
                        "HUB_DEMO_DATA",
                        "false",
                        "HUB_MAIL_HOST",
                        "localhost",
                        "HUB_MAIL_PORT",
                        String.valueOf(mail.port()),
                        "HUB_MAIL_RETRYSECONDS",
                        "1"));
        hub.ready(Duration.ofMinutes(8));
        client = HubClient.at(port);
    }

    @AfterAll
    static void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    private static String setupPath() throws Exception {
        Matcher link = SETUP_LINK.matcher(hub.log());
        assertThat(link.find()).as("a setup link in the log").isTrue();
        String path = link.group();
        assertThat(link.find()).as("only one").isFalse();
        return path;
    }

    @Test
    @Order(0)
    void untilItHasStartedTheHubTakesNoConnection() {
        assertThat(hub.answersBeforeReady())
                .as("refused, as when stopped: never the server's own 404 page or an empty 500 while Faces starts")
                .isEmpty();
    }

    @Test
    @Order(1)
    void beforeItIsSetUpEveryPageSaysSoAndTheApiAnswers503() {
        HttpResponse<String> api = client.get("/api/rooms");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(HubClient.object(api).getString("title")).isEqualTo("Being set up");
        assertThat(client.get("/api/me", "admin", "hub-demo").statusCode())
                .as("no demo account, no default password")
                .isEqualTo(503);

        for (String page : new String[] {"/", "/spaces.xhtml", "/login.xhtml", "/forgot-password.xhtml"}) {
            HttpResponse<String> shown = client.get(page);
            assertThat(shown.body())
                    .as(page)
                    .contains("This hub is being set up")
                    .doesNotContain("Fleetwood");
        }
        assertThat(client.get("/").statusCode()).isEqualTo(503);
    }

    @Test
    @Order(2)
    void theLogHoldsOneSetupLinkOfAtLeast128RandomBits() throws Exception {
        String token = setupPath().substring(setupPath().indexOf('=') + 1);

        assertThat(token.length()).as("base64url characters of 6 bits each").isGreaterThanOrEqualTo(22);
        assertThat(hub.log()).contains("This hub has no account yet");
    }

    @Test
    @Order(3)
    void anUnknownSetupLinkGetsAPlainPageSayingWhatToDo() {
        try (Browser browser = new Browser(client)) {
            browser.open("/setup.xhtml?token=not-a-real-token");

            assertThat(browser.text("linkState")).isEqualTo("This setup link is not one the hub knows.");
            assertThat(browser.pageText()).contains("Check that you copied the whole link");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    @Order(4)
    void theHubManagerCreatesTheirAccountAndTheHubsSettingsInChromium() throws Exception {
        try (Browser browser = new Browser(client)) {
            browser.open(setupPath());
            assertThat(browser.heading()).isEqualTo("Set up your hub");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.type("displayName", "Jo Smith")
                    .type("username", "josmith")
                    .type("email", "jo@riverside.example")
                    .type("password", "password123")
                    .type("name", " ")
                    .submit("setUp");

            assertThat(browser.text("password-error")).startsWith("This password is one of the most common ones");
            assertThat(browser.text("name-error")).isEqualTo("Enter the hub's name.");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            assertThat(client.get("/api/settings").statusCode())
                    .as("nothing half-made")
                    .isEqualTo(503);

            browser.type("password", PASSWORD)
                    .type("name", "Riverside Community Hub")
                    .type("contactEmail", "hello@riverside.example")
                    .submit("setUp");

            assertThat(browser.path()).isEqualTo("/login.xhtml");
            assertThat(browser.pageText()).contains("The hub is set up. Sign in as jo");
            browser.type("username", "josmith").type("password", PASSWORD).submit("signIn");
            assertThat(browser.pageText()).contains("Riverside Community Hub", "Signed in as Jo Smith");
        }
        JsonObject me = HubClient.object(client.get("/api/me", "josmith", PASSWORD));
        assertThat(me.getString("role")).isEqualTo("admin");
        assertThat(HubClient.object(client.get("/api/settings")).getString("name"))
                .isEqualTo("Riverside Community Hub");
        assertThat(client.get("/api/rooms").statusCode()).isEqualTo(200);
        LocalDate fiveYearsOn =
                BankHolidays.firstFrom(LocalDate.now(HubTime.ZONE).plusYears(5));
        assertThat(HubClient.array(client.get(
                                "/api/closures?from=" + fiveYearsOn + "&to=" + fiveYearsOn, "josmith", PASSWORD))
                        .getValuesAs(JsonObject.class))
                .as("a bank holiday five years on is closed without any demo data")
                .singleElement()
                .satisfies(closure ->
                        assertThat(closure.getString("reason")).isEqualTo("Bank holiday: the hub is closed"));
    }

    @Test
    @Order(5)
    void theSetupLinkWorksOnlyOnce() throws Exception {
        try (Browser browser = new Browser(client)) {
            browser.open(setupPath());

            assertThat(browser.text("linkState"))
                    .isEqualTo("This setup link has already been used, so the hub is set up.");
            assertThat(browser.pageText()).doesNotContain("Choose a password");
        }
    }

    @Test
    @Order(6)
    void aChangedPasswordEndsTheOtherSessionsAndTheOldPasswordStopsWorking() {
        try (Browser elsewhere = new Browser(client)) {
            elsewhere
                    .open("/login.xhtml")
                    .type("username", "josmith")
                    .type("password", PASSWORD)
                    .submit("signIn");
            assertThat(elsewhere.open("/account/index.xhtml").heading()).isEqualTo("My account");
            assertThat(elsewhere.seriousAccessibilityViolations()).isEmpty();

            HttpResponse<String> wrong = client.send(
                    "POST",
                    "/api/me/password",
                    "{\"currentPassword\": \"not it at all\", \"newPassword\": \"" + NEW_PASSWORD + "\"}",
                    "josmith",
                    PASSWORD);
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(wrong.body()).contains("\"field\":\"currentPassword\"");
            HttpResponse<String> weak = client.send(
                    "POST",
                    "/api/me/password",
                    "{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"short\"}",
                    "josmith",
                    PASSWORD);
            assertThat(weak.statusCode()).isEqualTo(400);
            assertThat(weak.body()).contains("\"field\":\"newPassword\"", "at least 10 characters");

            HttpResponse<String> changed = client.send(
                    "POST",
                    "/api/me/password",
                    "{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"" + NEW_PASSWORD + "\"}",
                    "josmith",
                    PASSWORD);

            assertThat(changed.statusCode()).isEqualTo(204);
            elsewhere.open("/account/index.xhtml");
            assertThat(elsewhere.path()).as("signed out there").isEqualTo("/login.xhtml");
            assertThat(client.get("/api/me", "josmith", PASSWORD).statusCode()).isEqualTo(401);
            assertThat(client.get("/api/me", "josmith", NEW_PASSWORD).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    @Order(7)
    void aResetForSomeoneUnknownLooksExactlyLikeOneForARealAccount() {
        HttpResponse<String> unknown = client.send("POST", "/api/password-resets", "{\"username\": \"nobody-here\"}");
        HttpResponse<String> real = client.send("POST", "/api/password-resets", "{\"username\": \"josmith\"}");
        HttpResponse<String> byEmail =
                client.send("POST", "/api/password-resets", "{\"email\": \"nobody@riverside.example\"}");

        assertThat(real.statusCode()).isEqualTo(202);
        assertThat(unknown.statusCode()).isEqualTo(202);
        assertThat(byEmail.statusCode()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(real.body()).isEmpty();
        assertThat(unknown.headers().map().keySet())
                .isEqualTo(real.headers().map().keySet());
    }

    /** The {@code nth} reset email received, waiting for it at most 30 seconds. */
    private static MimeMessage awaitResetEmail(int nth) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            var resets = mail.received().stream()
                    .filter(message -> TestMailServer.subject(message).startsWith("Choose a new password"))
                    .toList();
            if (resets.size() >= nth || System.nanoTime() > deadline) {
                assertThat(resets).hasSizeGreaterThanOrEqualTo(nth);
                return resets.get(nth - 1);
            }
            Thread.sleep(250);
        }
    }

    @Test
    @Order(8)
    void theResetEmailsLinkSetsANewPasswordOnceOnly() throws Exception {
        try (Browser browser = new Browser(client)) {
            browser.open("/login.xhtml").follow("forgotPassword");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.type("usernameOrEmail", "JO@riverside.example").submit("sendLink");
            assertThat(browser.pageText()).contains("If the hub has an account with that username or email address");

            // the reset asked for through the API before sent one too; its link stopped working when this one was made
            MimeMessage email = awaitResetEmail(2);
            String body = TestMailServer.text(email);
            assertThat(TestMailServer.subject(email)).isEqualTo("Choose a new password for Riverside Community Hub");
            assertThat(body).contains("Hello Jo Smith,", "Your username is josmith.", "The link works once, until");
            Matcher link = RESET_LINK.matcher(body);
            assertThat(link.find()).isTrue();
            String path = URI.create(link.group()).getRawPath() + "?"
                    + URI.create(link.group()).getRawQuery();

            browser.open(path);
            assertThat(browser.heading()).isEqualTo("Choose a new password");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.type("newPassword", "qwertyuiop").submit("setPassword");
            assertThat(browser.text("newPassword-error")).startsWith("This password is one of the most common ones");
            browser.type("newPassword", RESET_PASSWORD).submit("setPassword");
            assertThat(browser.pageText()).contains("Your new password is saved. Sign in as josmith with it.");

            assertThat(client.get("/api/me", "josmith", RESET_PASSWORD).statusCode())
                    .isEqualTo(200);
            assertThat(client.get("/api/me", "josmith", NEW_PASSWORD).statusCode())
                    .isEqualTo(401);
            browser.open(path);
            assertThat(browser.text("linkState"))
                    .isEqualTo("This link has already been used: each link works only once.");
        }
        assertThat(hub.log()).doesNotContain(RESET_PASSWORD, NEW_PASSWORD, PASSWORD);
    }

    /** The path of the invitation link in the email to this username, waiting for it at most 30 seconds. */
    private static String invitationPath(String username) {
        MimeMessage email = mail.await(
                        message -> TestMailServer.text(message).contains("/invitation.xhtml?token=")
                                && TestMailServer.text(message).contains("Your username is " + username + "."),
                        Duration.ofSeconds(30))
                .orElseThrow();
        assertThat(TestMailServer.subject(email)).isEqualTo("You are invited to Riverside Community Hub");
        Matcher link = INVITATION_LINK.matcher(TestMailServer.text(email));
        assertThat(link.find()).isTrue();
        URI uri = URI.create(link.group());
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** The invited person chooses their password from the link and signs in with it, landing where their role starts. */
    private static void acceptAndSignIn(Browser browser, String path, String username, String password) {
        browser.open(path);
        assertThat(browser.heading()).isEqualTo("Choose your password");
        browser.type("password", password).submit("acceptInvitation");
        assertThat(browser.pageText()).contains("Your password is saved. Sign in as " + username + " with it.");
        browser.type("username", username).type("password", password).submit("signIn");
    }

    @Test
    @Order(9)
    void theHubManagerInvitesACoordinatorAndACafeMemberWhoEachChooseAPasswordAndFindTheirOwnStartPage() {
        HttpResponse<String> onTheTeam = client.send(
                "POST",
                "/api/rota/members",
                "{\"name\": \"Robin Jones\", \"roles\": [\"kitchen\"], \"maxHoursPerWeek\": 8}",
                "josmith",
                RESET_PASSWORD);
        assertThat(onTheTeam.statusCode()).as(onTheTeam.body()).isEqualTo(201);
        try (Browser manager = new Browser(client)) {
            manager.open("/login.xhtml")
                    .type("username", "josmith")
                    .type("password", RESET_PASSWORD)
                    .submit("signIn");
            manager.open("/admin/accounts.xhtml");
            manager.type("displayName", "Casey Brown")
                    .type("username", "casey")
                    .type("email", "casey@riverside.example")
                    .choose("role", "Hub staff")
                    .submit("sendInvitation");
            assertThat(manager.pageText()).contains("Invitation sent to Casey Brown at casey@riverside.example.");
            manager.type("displayName", "Robin Jones")
                    .type("username", "robin")
                    .type("email", "robin@riverside.example")
                    .choose("role", "Caf\u00e9 volunteer")
                    .choose("rotaMemberId", "Robin Jones")
                    .submit("sendInvitation");
            assertThat(manager.pageText()).contains("Invitation sent to Robin Jones at robin@riverside.example.");
            assertThat(manager.seriousAccessibilityViolations()).isEmpty();
        }

        try (Browser coordinator = new Browser(client)) {
            acceptAndSignIn(coordinator, invitationPath("casey"), "casey", "casey keeps the rooms running");
            assertThat(coordinator.path()).as("a coordinator's start page").isEqualTo("/staff/today.xhtml");
            assertThat(coordinator.pageText()).contains("Signed in as Casey Brown");
        }
        try (Browser cafe = new Browser(client)) {
            acceptAndSignIn(cafe, invitationPath("robin"), "robin", "robin makes the best soup");
            assertThat(cafe.path()).as("a café member's start page").isEqualTo("/volunteer/shifts.xhtml");
            assertThat(cafe.heading()).isEqualTo("My shifts");
            assertThat(cafe.all(org.openqa.selenium.By.id("notOnTeam")))
                    .as("linked to their member of the café team")
                    .isEmpty();
            String feed = cafe.driver()
                    .findElement(org.openqa.selenium.By.cssSelector("#myFeeds a.feed-address"))
                    .getAttribute("href");
            HttpResponse<String> shifts = client.get(URI.create(feed).getRawPath());
            assertThat(shifts.statusCode()).as("their shifts feed").isEqualTo(200);
            assertThat(shifts.body()).startsWith("BEGIN:VCALENDAR");
            assertThat(cafe.seriousAccessibilityViolations()).isEmpty();
        }
        assertThat(HubClient.object(client.get("/api/me", "robin", "robin makes the best soup"))
                        .getString("role"))
                .isEqualTo("volunteer");
    }

    /**
     * A copy of the runnable file whose hub names, in its persistence unit, a data source that does not exist: Payara
     * then fails to deploy the hub application itself, as it would on a bad persistence unit or a CDI error.
     */
    private static Path aRunnableFileWhoseHubDoesNotDeploy() throws IOException {
        Path directory = Path.of(System.getProperty("it.dir"), "broken-" + System.currentTimeMillis());
        Files.createDirectories(directory);
        Path copy = Files.copy(
                Path.of(System.getProperty("hub.runnableFile")),
                directory.resolve("community-hub.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        Path war = directory.resolve("hub-web.war");
        try (FileSystem runnable = FileSystems.newFileSystem(copy)) {
            Path hub = runnable.getPath("MICRO-INF/deploy/hub-web.war");
            Files.copy(hub, war);
            try (FileSystem application = FileSystems.newFileSystem(war)) {
                Path unit = application.getPath("WEB-INF/classes/META-INF/persistence.xml");
                Files.writeString(unit, Files.readString(unit).replace("java:app/jdbc/hub", "java:app/jdbc/missing"));
            }
            Files.copy(war, hub, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    @Test
    @Order(10)
    void aHubWhoseApplicationDidNotDeploySaysWhyInOneLineAndStopsUnlessToldToWait() throws Exception {
        Path broken = aRunnableFileWhoseHubDoesNotDeploy();
        int port = Integer.getInteger("hub.it.brokenPort");
        try (HubInstance stops = HubInstance.start(broken, broken.resolveSibling("stops"), port, Map.of())) {
            assertThat(stops.exitStatus(Duration.ofMinutes(8))).isEqualTo(1);
            assertThat(stops.cannotStartLines())
                    .singleElement()
                    .asString()
                    .contains("its application did not deploy", "java:app/jdbc/missing", "It stops now");
        }

        try (HubInstance waits =
                HubInstance.start(broken, broken.resolveSibling("waits"), port, Map.of("HUB_START_WAIT", "true"))) {
            assertThat(waits.cannotStartSaid(Duration.ofMinutes(8)))
                    .singleElement()
                    .asString()
                    .contains("its application did not deploy", "It keeps running and answers /health/ready DOWN");
            HttpResponse<String> ready = waits.readiness(Duration.ofMinutes(1));
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"DOWN\"", "the hub has not started");
        }
    }

    @Test
    @Order(11)
    void aMistypedSettingStopsTheStartInOneLineNamingItAndWhatItShouldBe() throws Exception {
        Path directory = Path.of(System.getProperty("it.dir"), "mistyped-" + System.currentTimeMillis());
        try (HubInstance mistyped = HubInstance.start(
                directory,
                Integer.getInteger("hub.it.brokenPort"),
                Map.of("HUB_BACKUP_KEEPDAYS", "lots", "HUB_MAIL_STARTTLS", "maybe"))) {
            assertThat(mistyped.exitStatus(Duration.ofMinutes(8))).isEqualTo(1);
            assertThat(mistyped.cannotStartLines())
                    .singleElement()
                    .asString()
                    .contains(
                            "HUB_BACKUP_KEEPDAYS is \"lots\" but should be a whole number of days, 1 or more",
                            "HUB_MAIL_STARTTLS is \"maybe\" but should be true or false",
                            "It stops now");
        }
    }
}

package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static community.hub.web.HubIT.MAIL;
import static community.hub.web.Problems.assertProblem;
import static community.hub.web.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Accounts for everyone (SPEC §2, Account): the hub manager invites, the invited choose their own password from a
 * one-time link, and accounts are deactivated and brought back, never the last active hub manager. Each check invites
 * people of its own, with names no other check uses.
 */
abstract class AccountChecks {

    private static final Pattern INVITATION_LINK =
            Pattern.compile("http\\S*/invitation\\.xhtml\\?token=[A-Za-z0-9_-]+");
    private static final Pattern RESET_LINK =
            Pattern.compile("http\\S*/reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "a long walk along the prom";

    private static String unique(String start) {
        return start + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long invite(String username, String name, String role) {
        return invite(username, name, role, "");
    }

    private static long invite(String username, String name, String role, String more) {
        HttpResponse<String> invited =
                HUB.post("/api/accounts", """
                {"username": "%s", "displayName": "%s", "email": "%s@people.example", "role": "%s"%s}""".formatted(username, name, username, role, more), "admin");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        JsonObject account = HubClient.object(invited);
        assertThat(account.getString("role")).isEqualTo(role);
        assertThat(account.getBoolean("active")).isTrue();
        assertThat(invited.body()).doesNotContain("password", "hash");
        return account.getJsonNumber("id").longValue();
    }

    /** The path of the invitation link in the latest invitation sent to this person. */
    private static String invitationPath(String username) {
        MimeMessage email = MAIL.await(
                        message -> sentTo(message, username + "@people.example")
                                && TestMailServer.subject(message).startsWith("You are invited"),
                        Duration.ofSeconds(30))
                .orElseThrow();
        assertThat(TestMailServer.subject(email)).isEqualTo("You are invited to Fleetwood Community Hub");
        String body = TestMailServer.text(email);
        assertThat(body).contains("Your username is " + username + ".", "The link works once, until");
        Matcher link = INVITATION_LINK.matcher(body);
        assertThat(link.find()).isTrue();
        URI uri = URI.create(link.group());
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** The path of the link in the latest email to this person whose subject starts so, waiting for it. */
    private static String linkPath(String username, String subject, Pattern link) {
        MimeMessage email = MAIL.await(
                        message -> sentTo(message, username + "@people.example")
                                && TestMailServer.subject(message).startsWith(subject),
                        Duration.ofSeconds(30))
                .orElseThrow();
        Matcher found = link.matcher(TestMailServer.text(email));
        assertThat(found.find()).isTrue();
        URI uri = URI.create(found.group());
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** Two people in two browsers press the button on the same one-time link at once: what each then reads. */
    private static List<String> bothAtOnce(String path, String field, String button, String first, String second)
            throws Exception {
        try (Browser one = new Browser(HUB);
                Browser other = new Browser(HUB)) {
            one.open(path).type(field, first);
            other.open(path).type(field, second);
            return Race.together(List.<Callable<String>>of(
                    () -> one.submit(button).pageText(),
                    () -> other.submit(button).pageText()));
        }
    }

    private static void accept(Browser browser, String path, String username) {
        browser.open(path);
        assertThat(browser.heading()).isEqualTo("Choose your password");
        browser.type("password", "1234567890").submit("acceptInvitation");
        assertThat(browser.text("password-error")).startsWith("This password is one of the most common ones");
        browser.type("password", PASSWORD).submit("acceptInvitation");
        assertThat(browser.pageText()).contains("Your password is saved. Sign in as " + username + " with it.");
        browser.type("username", username).type("password", PASSWORD).submit("signIn");
    }

    @Test
    void nobodyButTheHubManagerReachesAnyAccountEndpoint() {
        String body =
                "{\"username\": \"sneaky\", \"displayName\": \"Sneaky\", \"email\": \"s@people.example\", \"role\": \"admin\"}";
        for (String who : new String[] {"staff", "foodbank", "sam"}) {
            assertThat(HUB.get("/api/accounts", who, HubClient.DEMO_PASSWORD).statusCode())
                    .as(who)
                    .isEqualTo(403);
            assertThat(HUB.post("/api/accounts", body, who).statusCode())
                    .as(who)
                    .isEqualTo(403);
            assertThat(HUB.put("/api/accounts/1", "{\"active\": false}", who).statusCode())
                    .as(who)
                    .isEqualTo(403);
            assertThat(HUB.post("/api/accounts/1/invitation", "", who).statusCode())
                    .as(who)
                    .isEqualTo(403);
        }
        assertThat(HUB.get("/api/accounts").statusCode()).isEqualTo(401);
        assertThat(HubClient.array(HUB.get("/api/accounts", "admin", HubClient.DEMO_PASSWORD))
                        .toString())
                .contains("\"username\":\"admin\"")
                .doesNotContain("sneaky", "password", "PBKDF2");
    }

    @Test
    void anInvitedCoordinatorAndCafeMemberChooseTheirPasswordsAndEachSeesTheirOwnStartPage() {
        String coordinator = unique("coord");
        String cafeMember = unique("cafe");
        invite(coordinator, "Casey Coordinator", "staff");
        HttpResponse<String> onTheTeam = RotaApiChecks.addMember("""
                {"name": "Robin Cafe", "roles": ["kitchen"], "maxHoursPerWeek": 8}""");
        assertThat(onTheTeam.statusCode()).as(onTheTeam.body()).isEqualTo(201);
        long memberId = HubClient.object(onTheTeam).getJsonNumber("id").longValue();
        long cafeAccount = invite(cafeMember, "Robin Cafe", "volunteer", ", \"rotaMemberId\": " + memberId);
        assertThat(HubClient.array(HUB.get("/api/accounts", "admin", HubClient.DEMO_PASSWORD))
                        .getValuesAs(JsonObject.class))
                .filteredOn(account -> account.getJsonNumber("id").longValue() == cafeAccount)
                .singleElement()
                .satisfies(account -> assertThat(
                                account.getJsonNumber("rotaMemberId").longValue())
                        .isEqualTo(memberId));
        String again = unique("again");
        HttpResponse<String> twice = HUB.post("/api/accounts", """
                {"username": "%s", "displayName": "Robin Again", "email": "again@people.example", "role": "volunteer", "rotaMemberId": %d}""".formatted(again, memberId), "admin");
        assertThat(twice.statusCode()).as("the member signs in already").isEqualTo(400);
        assertThat(twice.body()).contains("rotaMemberId", "Robin Cafe already signs in as");
        assertThat(HUB.get("/api/accounts", "admin", HubClient.DEMO_PASSWORD).body())
                .as("nothing half-made")
                .doesNotContain(again);
        assertThat(HUB.get("/api/me", coordinator, PASSWORD).statusCode())
                .as("no password until they choose one")
                .isEqualTo(401);

        try (Browser browser = new Browser(HUB)) {
            String path = invitationPath(coordinator);
            browser.open(path);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            accept(browser, path, coordinator);
            assertThat(browser.pageText()).contains("Signed in as Casey Coordinator");
            assertThat(browser.path()).as("their own start page").isEqualTo("/staff/today.xhtml");

            browser.open(path);
            assertThat(browser.text("linkState")).startsWith("This invitation has already been used");
        }
        try (Browser browser = new Browser(HUB)) {
            accept(browser, invitationPath(cafeMember), cafeMember);
            assertThat(browser.pageText()).contains("Signed in as Robin Cafe");
            assertThat(browser.path()).as("their own start page").isEqualTo("/volunteer/shifts.xhtml");
            assertThat(browser.all(org.openqa.selenium.By.id("notOnTeam")))
                    .as("linked to their member of the café team")
                    .isEmpty();
        }
        assertThat(HubClient.object(HUB.get("/api/me", cafeMember, PASSWORD)).getString("role"))
                .isEqualTo("volunteer");
    }

    @Test
    void onlyATenantIsInvitedIntoAnOrganisation() {
        String username = unique("coordinator");
        HttpResponse<String> refused = HUB.post("/api/accounts", """
                {"username": "%s", "displayName": "Cora Ordinator", "email": "%s@people.example", "role": "staff",
                 "organisationId": 1}""".formatted(username, username), "admin");

        Problems.assertRefused(refused, 400, "organisationId", "other accounts belong to none");
        assertThat(HUB.get("/api/accounts", "admin", HubClient.DEMO_PASSWORD).body())
                .as("no account was made, and no invitation sent")
                .doesNotContain(username);
        assertThat(MAIL.received()).noneMatch(message -> sentTo(message, username + "@people.example"));
    }

    @Test
    void aChangeLeavesWhatItLeavesOutAsItWasAndRefusesWhatCannotChange() {
        String username = unique("mover");
        long id = invite(username, "Mo Mover", "staff");
        String path = "/api/accounts/" + id;

        JsonObject renamed = HubClient.object(HUB.put(path, "{\"displayName\": \"Mo Moved\"}", "admin"));
        assertThat(renamed.getString("displayName")).isEqualTo("Mo Moved");
        assertThat(renamed.getString("email")).as("left out, so kept").isEqualTo(username + "@people.example");

        JsonObject readdressed = HubClient.object(HUB.put(path, "{\"email\": \"mo@elsewhere.example\"}", "admin"));
        assertThat(readdressed.getString("email")).isEqualTo("mo@elsewhere.example");
        assertThat(readdressed.getString("displayName")).isEqualTo("Mo Moved");

        HttpResponse<String> promoted =
                HUB.put(path, "{\"displayName\": \"Mo Promoted\", \"role\": \"admin\"}", "admin");
        assertProblem(promoted, 400);
        assertThat(HubClient.object(promoted).getString("detail")).contains("role");
        assertThat(HUB.get("/api/accounts", "admin", HubClient.DEMO_PASSWORD).body())
                .as("nothing of the refused change was made")
                .contains("Mo Moved")
                .doesNotContain("Mo Promoted");

        JsonObject cleared = HubClient.object(HUB.put(path, "{\"email\": \"\"}", "admin"));
        assertThat(cleared.containsKey("email")).as("blank: no address").isFalse();
    }

    @Test
    void aDeactivatedAccountCannotSignInOrUseTheApiUntilItIsBroughtBack() {
        String coordinator = unique("leaver");
        long id = invite(coordinator, "Lee Leaver", "staff");
        try (Browser browser = new Browser(HUB)) {
            accept(browser, invitationPath(coordinator), coordinator);
            assertThat(HUB.get("/api/me", coordinator, PASSWORD).statusCode()).isEqualTo(200);

            HttpResponse<String> deactivated = HUB.put("/api/accounts/" + id, "{\"active\": false}", "admin");

            assertThat(deactivated.statusCode()).isEqualTo(200);
            assertThat(HubClient.object(deactivated).getBoolean("active")).isFalse();
            assertThat(browser.open("/staff/today.xhtml").path())
                    .as("their session ended")
                    .isEqualTo("/login.xhtml");
            assertThat(HUB.get("/api/me", coordinator, PASSWORD).statusCode()).isEqualTo(401);
            browser.type("username", coordinator).type("password", PASSWORD).submit("signIn");
            assertThat(browser.path()).isEqualTo("/login.xhtml");
            assertThat(HUB.post("/api/accounts/" + id + "/invitation", "", "admin")
                            .statusCode())
                    .isEqualTo(409);

            assertThat(HUB.put("/api/accounts/" + id, "{\"active\": true}", "admin")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(HUB.get("/api/me", coordinator, PASSWORD).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void twoPeopleUsingOneInvitationOrOneResetLinkAtOnceOneWinsAndTheOtherIsToldPlainly() throws Exception {
        String person = unique("race");
        invite(person, "Riley Race", "staff");
        String first = "first of the racing passwords";
        String second = "second of the racing passwords";

        List<String> accepted = bothAtOnce(invitationPath(person), "password", "acceptInvitation", first, second);

        assertThat(accepted)
                .filteredOn(page -> page.contains("Your password is saved. Sign in as " + person))
                .hasSize(1);
        assertThat(accepted)
                .filteredOn(page -> page.contains("This invitation has already been used"))
                .hasSize(1);
        String won = accepted.get(0).contains("Your password is saved") ? first : second;
        String lost = won.equals(first) ? second : first;
        assertThat(HUB.get("/api/me", person, won).statusCode()).isEqualTo(200);
        assertThat(HUB.get("/api/me", person, lost).statusCode())
                .as("nothing of the loser's kept")
                .isEqualTo(401);

        assertThat(HUB.send("POST", "/api/password-resets", "{\"username\": \"" + person + "\"}")
                        .statusCode())
                .isEqualTo(202);
        String third = "third of the racing passwords";
        String fourth = "fourth of the racing passwords";
        List<String> reset = bothAtOnce(
                linkPath(person, "Choose a new password", RESET_LINK), "newPassword", "setPassword", third, fourth);

        assertThat(reset)
                .filteredOn(page -> page.contains("Your new password is saved."))
                .hasSize(1);
        assertThat(reset)
                .filteredOn(page -> page.contains("This link has already been used: each link works only once."))
                .hasSize(1);
        String resetTo = reset.get(0).contains("Your new password is saved.") ? third : fourth;
        assertThat(HUB.get("/api/me", person, resetTo).statusCode()).isEqualTo(200);
        assertThat(HUB.get("/api/me", person, resetTo.equals(third) ? fourth : third)
                        .statusCode())
                .isEqualTo(401);
        assertThat(HUB.get("/api/me", person, won).statusCode()).isEqualTo(401);
    }

    @Test
    void theOutboxNeverHoldsAWorkingLink() throws Exception {
        String person = unique("outbox");
        invite(person, "Olly Outbox", "volunteer");
        String path = invitationPath(person);
        String token = path.substring(path.indexOf("token=") + "token=".length());

        List<String[]> kept = awaitSent(person + "@people.example");

        assertThat(kept).singleElement().satisfies(mail -> {
            assertThat(mail[0])
                    .as("the body")
                    .doesNotContain(token, "token=")
                    .contains("[one-time link, not kept once the email was sent]", "Your username is " + person + ".");
            assertThat(mail[1]).as("the sealed link, forgotten once sent").isNull();
        });
        try (Connection connection = HubDatabase.readOnly();
                PreparedStatement links = connection.prepareStatement("select token_hash from one_time_link");
                ResultSet rows = links.executeQuery()) {
            while (rows.next()) {
                assertThat(rows.getString(1)).doesNotContain(token);
            }
        }
    }

    /** The body and sealed link of the emails to this address once every one of them is marked sent (at most 30 s). */
    private static List<String[]> awaitSent(String address) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<String[]> kept = new ArrayList<>();
            boolean allSent = true;
            try (Connection connection = HubDatabase.readOnly();
                    PreparedStatement mails = connection.prepareStatement(
                            "select body, link_sealed, sent_at from outgoing_mail where recipients = ?")) {
                mails.setString(1, address);
                try (ResultSet rows = mails.executeQuery()) {
                    while (rows.next()) {
                        kept.add(new String[] {rows.getString(1), rows.getString(2)});
                        allSent &= rows.getObject(3) != null;
                    }
                }
            }
            if ((allSent && !kept.isEmpty()) || System.nanoTime() > deadline) {
                assertThat(allSent).as("sent").isTrue();
                return kept;
            }
            Thread.sleep(200);
        }
    }

    @Test
    void onMyAccountEveryoneChoosesTheirLanguageAndEmailAddress() {
        String person = unique("mine");
        invite(person, "Morgan Mine", "volunteer");
        try (Browser browser = new Browser(HUB)) {
            accept(browser, invitationPath(person), person);
            browser.open("/account/index.xhtml");
            assertThat(browser.heading()).isEqualTo("My account");
            assertThat(browser.value("email")).isEqualTo(person + "@people.example");
            assertThat(browser.driver()
                            .findElement(org.openqa.selenium.By.cssSelector("input[name='language'][value='en']"))
                            .isSelected())
                    .as("no language chosen yet: the one the page is in")
                    .isTrue();
            browser.driver()
                    .findElement(org.openqa.selenium.By.cssSelector("input[name='language'][value='pl']"))
                    .click();
            browser.type("email", "not an address").submit("saveDetails");
            assertThat(browser.text("email-error"))
                    .isEqualTo("Enter an email address like name@example.org, or leave it empty.");
            assertThat(HubClient.object(HUB.get("/api/me", person, PASSWORD)).containsKey("language"))
                    .as("nothing half-saved: still no language chosen")
                    .isFalse();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.driver()
                    .findElement(org.openqa.selenium.By.cssSelector("input[name='language'][value='pl']"))
                    .click();
            browser.type("email", "morgan@elsewhere.example").submit("saveDetails");

            assertThat(browser.pageText()).contains("Saved. Emails from the hub go to morgan@elsewhere.example.");
        }
        JsonObject me = HubClient.object(HUB.get("/api/me", person, PASSWORD));
        assertThat(me.getString("language")).isEqualTo("pl");
        assertThat(me.getString("email")).isEqualTo("morgan@elsewhere.example");
        HttpResponse<String> unknown =
                HUB.send("PUT", "/api/me", "{\"language\": \"fr\", \"email\": \"\"}", person, PASSWORD);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"language\"", "Choose English or Polish.");
        HttpResponse<String> english = HUB.send("PUT", "/api/me", "{\"language\": \"en\"}", person, PASSWORD);
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(HubClient.object(english).getString("language")).isEqualTo("en");
        assertThat(HubClient.object(english).getString("email"))
                .as("an address left out stays as it was")
                .isEqualTo("morgan@elsewhere.example");
        HttpResponse<String> noAddress = HUB.send("PUT", "/api/me", "{\"email\": \"\"}", person, PASSWORD);
        assertThat(noAddress.statusCode()).isEqualTo(200);
        assertThat(HubClient.object(noAddress).getString("language"))
                .as("a language left out stays as it was")
                .isEqualTo("en");
        assertThat(HubClient.object(noAddress).containsKey("email"))
                .as("no address now")
                .isFalse();
    }

    @Test
    void someoneWhoHasChosenNoLanguageReadsTheirBrowsersUntilTheyChooseOnMyAccount() {
        String person = unique("polish");
        invite(person, "Ola Nowak", "volunteer");
        try (Browser browser = new Browser(HUB)) {
            accept(browser, invitationPath(person), person);
        }
        try (Browser polish = new Browser(HUB, "pl-PL,pl,en")) {
            polish.open("/login.xhtml")
                    .type("username", person)
                    .type("password", PASSWORD)
                    .submit("signIn");
            polish.open("/account/index.xhtml");
            assertThat(polish.heading())
                    .as("the browser's language once signed in")
                    .isEqualTo("Moje konto");
            assertThat(polish.driver()
                            .findElement(org.openqa.selenium.By.cssSelector("input[name='language'][value='pl']"))
                            .isSelected())
                    .isTrue();
            assertThat(HubClient.object(HUB.get("/api/me", person, PASSWORD)).containsKey("language"))
                    .isFalse();

            polish.driver()
                    .findElement(org.openqa.selenium.By.cssSelector("input[name='language'][value='en']"))
                    .click();
            polish.submit("saveDetails");
            assertThat(polish.heading())
                    .as("their own choice outranks the browser")
                    .isEqualTo("My account");
            polish.open("/volunteer/shifts.xhtml");
            assertThat(polish.driver()
                            .findElement(org.openqa.selenium.By.tagName("html"))
                            .getAttribute("lang"))
                    .isEqualTo("en-GB");
            assertThat(polish.seriousAccessibilityViolations()).isEmpty();
        }
        assertThat(HubClient.object(HUB.get("/api/me", person, PASSWORD)).getString("language"))
                .isEqualTo("en");
    }

    @Test
    void theOrganisationPageInvitesAMemberWhoChoosesTheirOwnPassword() {
        String person = unique("member");
        String polish = unique("member");
        try (Browser browser = new Browser(HUB)) {
            long youth = HubClient.array(HUB.get("/api/organisations", "admin", HubClient.DEMO_PASSWORD))
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(organisation -> organisation.getString("name").equals("Youth Service"))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
            browser.signIn("admin").open("/admin/organisation.xhtml?id=" + youth);
            assertThat(browser.all(org.openqa.selenium.By.id("password")))
                    .as("nobody types a password for them")
                    .isEmpty();
            browser.type("displayName", "Tam Tenant")
                    .type("username", person)
                    .type("email", person + "@people.example")
                    .submit("addMember");
            assertThat(browser.pageText()).contains("Invitation sent to Tam Tenant at " + person + "@people.example.");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.type("displayName", "Tomek Tenant")
                    .type("username", polish)
                    .type("email", polish + "@people.example")
                    .choose("language", "Polski (Polish)")
                    .submit("addMember");
            assertThat(browser.pageText())
                    .contains("Invitation sent to Tomek Tenant at " + polish + "@people.example.");
        }
        assertThat(MAIL.await(
                        message -> sentTo(message, polish + "@people.example")
                                && TestMailServer.subject(message).equals("Zaproszenie: Fleetwood Community Hub"),
                        Duration.ofSeconds(30)))
                .as("the invitation in the language chosen for them")
                .isPresent();
        try (Browser browser = new Browser(HUB)) {
            accept(browser, invitationPath(person), person);
            assertThat(browser.path()).as("a tenant's own start page").isEqualTo("/tenant/index.xhtml");
        }
        JsonObject me = HubClient.object(HUB.get("/api/me", person, PASSWORD));
        assertThat(me.getString("role")).isEqualTo("tenant");
        assertThat(me.containsKey("language")).as("none chosen for them").isFalse();
    }

    @Test
    void theLastActiveHubManagerCannotBeDeactivated() {
        long admin = HubClient.array(HUB.get("/api/accounts", "admin", HubClient.DEMO_PASSWORD))
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(account -> account.getString("username").equals("admin"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();

        HttpResponse<String> refused = HUB.put("/api/accounts/" + admin, "{\"active\": false}", "admin");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("the last active hub manager");
        assertThat(HUB.get("/api/me", "admin", HubClient.DEMO_PASSWORD).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anInvitationSentAgainReplacesTheEarlierLink() {
        String volunteer = unique("again");
        long id = invite(volunteer, "Alex Again", "volunteer");
        String first = invitationPath(volunteer);

        assertThat(HUB.post("/api/accounts/" + id + "/invitation", "", "admin").statusCode())
                .isEqualTo(202);

        MAIL.await(
                        message -> sentTo(message, volunteer + "@people.example")
                                && !TestMailServer.text(message).contains(first),
                        Duration.ofSeconds(30))
                .orElseThrow();
        try (Browser browser = new Browser(HUB)) {
            browser.open(first);
            assertThat(browser.text("linkState")).startsWith("This invitation has already been used");
        }
    }

    @Test
    void theHubManagerInvitesDeactivatesAndLiftsAHoldOnTheAccountsPage() {
        String person = unique("page");
        String guessed = unique("held");
        for (int i = 0; i < 10; i++) {
            HUB.get("/api/organisations", guessed, "guess " + i);
        }
        assertThat(HUB.get("/api/organisations", guessed, "guess").statusCode()).isEqualTo(429);
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("admin").open("/").follow("navAccounts");
            assertThat(browser.heading()).isEqualTo("Accounts");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.type("displayName", "Pat Page").type("username", person).submit("sendInvitation");
            assertThat(browser.text("email-error")).isEqualTo("Enter their email address: the invitation goes there.");
            assertThat(browser.text("role-error")).isNotBlank();

            browser.type("email", person + "@people.example")
                    .choose("role", "Hub staff")
                    .submit("sendInvitation");
            assertThat(browser.pageText()).contains("Invitation sent to Pat Page at " + person + "@people.example.");
            assertThat(invitationPath(person)).startsWith("/invitation.xhtml?token=");
            assertThat(browser.text("account-" + person)).contains("Pat Page", "Hub staff", "Active");

            browser.submit(
                    org.openqa.selenium.By.xpath("//tr[@id='account-" + person + "']//input[@value='Deactivate']"));
            assertThat(browser.pageText()).contains("Pat Page is deactivated and signed out everywhere.");
            assertThat(browser.text("account-" + person)).contains("Deactivated");

            browser.type("heldUsername", guessed).submit("liftHold");
            assertThat(browser.pageText()).contains("The username " + guessed + " can sign in again now.");
        }
        assertThat(HUB.get("/api/organisations", guessed, "guess again").statusCode())
                .as("checked again: wrong")
                .isEqualTo(401);
    }

    @Test
    void anInvitationInPolishIsWrittenInPolishAndTheHubSpeaksItToThemUntilTheyChoose() {
        String person = unique("ola");
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("admin").open("/admin/accounts.xhtml");
            browser.type("displayName", "Ola Kowalska")
                    .type("username", person)
                    .type("email", person + "@people.example")
                    .choose("role", "Hub staff")
                    .choose("language", "Polski (Polish)")
                    .submit("sendInvitation");
            assertThat(browser.pageText())
                    .contains("Invitation sent to Ola Kowalska at " + person + "@people.example.");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
        MimeMessage invitation = MAIL.await(
                        message -> sentTo(message, person + "@people.example")
                                && TestMailServer.subject(message).startsWith("Zaproszenie"),
                        Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no invitation in Polish"));
        assertThat(TestMailServer.subject(invitation)).isEqualTo("Zaproszenie: Fleetwood Community Hub");
        Matcher link = INVITATION_LINK.matcher(TestMailServer.text(invitation));
        assertThat(link.find()).isTrue();
        URI uri = URI.create(link.group());
        try (Browser browser = new Browser(HUB)) {
            accept(browser, uri.getRawPath() + "?" + uri.getRawQuery(), person);
            browser.open("/account/index.xhtml");
            assertThat(browser.heading())
                    .as("their language, not the browser's")
                    .isEqualTo("Moje konto");
        }
        assertThat(HubClient.object(HUB.get("/api/me", person, PASSWORD)).getString("language"))
                .isEqualTo("pl");

        HttpResponse<String> unknown = HUB.post("/api/accounts", """
                {"username": "%s", "displayName": "Someone", "email": "%s@people.example", "role": "staff", "language": "fr"}""".formatted(unique("fr"), unique("fr")), "admin");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"language\"", "Choose English or Polish.");
    }
}

package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static community.hub.web.HubIT.MAIL;
import static community.hub.web.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Suggest an activity (SPEC §2 Suggestion, §4, §6): residents suggest and support ideas without an account, staff
 * check, answer and book them, tenants offer to run them, and no address or unchecked idea ever reaches the public.
 * Each check makes ideas of its own, with titles and addresses no other check uses.
 */
abstract class SuggestionChecks {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final Pattern CONFIRM_LINK =
            Pattern.compile("http\\S*/ideas/confirm\\.xhtml\\?token=[A-Za-z0-9_-]+");
    private static final Pattern FORGET_LINK = Pattern.compile("http\\S*/ideas/forget\\.xhtml\\?token=[A-Za-z0-9_-]+");

    private static String unique(String start) {
        return start + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@people.example";
    }

    private static HttpResponse<String> suggest(String title, String email) {
        return HUB.send("POST", "/api/suggestions", """
                {"title": "%s", "description": "Once a week would be lovely.", "audience": ["families"], "whenSuits": "Saturday mornings"%s}""".formatted(
                        title, email == null ? "" : ", \"email\": \"" + email + "\""));
    }

    /** An idea a resident suggested, as staff find it in the queue. */
    private static long suggested(String title, String email) {
        HttpResponse<String> sent = suggest(title, email);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        return staffIdea(title).getJsonNumber("id").longValue();
    }

    private static long published(String title, String email) {
        long id = suggested(title, email);
        HttpResponse<String> published = HUB.post("/api/suggestions/" + id + "/publish", "", "staff");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    private static JsonObject staffIdea(String title) {
        return HubClient.array(HUB.get("/api/suggestions", "staff", HubClient.DEMO_PASSWORD))
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(idea -> idea.getString("title").equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no idea " + title));
    }

    private static JsonObject publicIdea(long id) {
        HttpResponse<String> idea = HUB.get("/api/suggestions/" + id);
        assertThat(idea.statusCode()).as(idea.body()).isEqualTo(200);
        return HubClient.object(idea);
    }

    private static MimeMessage mailTo(String address, String subjectStart) {
        return MAIL.await(
                        mailTo(address)
                                .and(message -> TestMailServer.subject(message).startsWith(subjectStart)),
                        MAIL_WAIT)
                .orElseGet(() -> fail("No email \"" + subjectStart + "\" to " + address + "; they got: "
                        + MAIL.received().stream()
                                .filter(mailTo(address))
                                .map(TestMailServer::subject)
                                .toList()));
    }

    private static Predicate<MimeMessage> mailTo(String address) {
        return message -> sentTo(message, address);
    }

    private static long mailsTo(String address, String subjectStart) {
        return MAIL.received().stream()
                .filter(mailTo(address))
                .filter(message -> TestMailServer.subject(message).startsWith(subjectStart))
                .count();
    }

    private static String link(MimeMessage mail, Pattern pattern) {
        Matcher link = pattern.matcher(TestMailServer.text(mail));
        assertThat(link.find()).as(TestMailServer.text(mail)).isTrue();
        URI uri = URI.create(link.group());
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** Asks to support an idea with an address, and returns the path of the confirmation link sent to it. */
    private static String askToSupport(long id, String email) {
        HttpResponse<String> asked =
                HUB.send("POST", "/api/suggestions/" + id + "/supports", "{\"email\": \"" + email + "\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        return link(mailTo(email, "Confirm your support"), CONFIRM_LINK);
    }

    private static void confirm(Browser browser, String path) {
        browser.open(path);
        assertThat(browser.heading()).isEqualTo("Confirm your support");
        browser.submit("confirmButton");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field, String words) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = HubClient.object(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        if (field == null) {
            // a refusal of the request as a whole: its words are the detail, or the one error without a field
            String said = problem.getString("detail") + " "
                    + (problem.containsKey("errors")
                            ? problem.getJsonArray("errors")
                                    .getValuesAs(JsonObject.class)
                                    .get(0)
                                    .getString("message")
                            : "");
            assertThat(said).contains(words);
        } else {
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                    .anySatisfy(error -> {
                        assertThat(error.getString("field")).isEqualTo(field);
                        assertThat(error.getString("message")).contains(words);
                    });
        }
    }

    private static void assertNoSidewaysScroll(Browser browser) {
        Object wider = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(wider).as("sideways scroll on " + browser.path()).isEqualTo(false);
    }

    @Test
    void aResidentsIdeaOnAPhoneIsPublishedSupportedAnsweredAndBookedAndItsSupportersHearOnce() {
        String title = unique("Family board games");
        String suggester = address("suggester");
        String first = address("supporter");
        String second = address("supporter");
        LocalDate day = TestDates.inLane(TestDates.Lane.SOON, 0, DayOfWeek.TUESDAY, 2);

        try (Browser resident = new Browser(HUB)) {
            resident.driver().manage().window().setSize(new Dimension(360, 740));
            resident.open("/").follow("navIdeas").follow("suggestLink");
            assertThat(resident.heading()).isEqualTo("Suggest an activity");
            assertThat(resident.seriousAccessibilityViolations()).isEmpty();
            assertNoSidewaysScroll(resident);
            resident.submit("sendIdea");
            assertThat(resident.text("title-error")).isEqualTo("Say what you would like to happen.");
            resident.type("title", title)
                    .type("description", "Bring the whole family: games for every age.")
                    .tick("audience:1")
                    .type("whenSuits", "Tuesday afternoons")
                    .type("email", "not an address")
                    .submit("sendIdea");
            assertThat(resident.text("email-error")).isEqualTo("Enter an email address like name@example.org.");
            assertThat(resident.value("title")).as("nothing lost").isEqualTo(title);
            resident.type("email", suggester).submit("sendIdea");
            assertThat(resident.pageText()).contains("Thank you! Your idea is with the hub's staff. We will email you");
        }
        assertThat(HUB.get("/api/suggestions").body())
                .as("not before staff check it")
                .doesNotContain(title);
        long id = staffIdea(title).getJsonNumber("id").longValue();
        assertThat(staffIdea(title).getString("review")).isEqualTo("waiting");
        assertThat(staffIdea(title).getJsonArray("audience").getString(0)).isEqualTo("families");

        try (Browser staff = new Browser(HUB)) {
            staff.signIn("staff");
            assertThat(staff.text("navSuggestions").replaceAll("\\s+", " ")).matches("Ideas to check \\d+ waiting");
            staff.follow("navSuggestions");
            assertThat(staff.seriousAccessibilityViolations()).isEmpty();
            staff.submit(By.linkText(title));
            assertThat(staff.text("review")).isEqualTo("Waiting to be checked");
            assertThat(staff.pageText()).contains(suggester);
            assertThat(staff.seriousAccessibilityViolations()).isEmpty();
            staff.submit("publish");
            assertThat(staff.pageText()).contains("Published. It now shows on the list of ideas.");
        }
        assertThat(TestMailServer.text(mailTo(suggester, "Your idea"))).contains(title, "/ideas/forget.xhtml?token=");

        try (Browser resident = new Browser(HUB)) {
            resident.driver().manage().window().setSize(new Dimension(360, 740));
            resident.open("/ideas/index.xhtml");
            assertThat(resident.text("idea-" + id)).contains(title, "No supporters yet", "For families");
            assertThat(resident.seriousAccessibilityViolations()).isEmpty();
            assertNoSidewaysScroll(resident);
            resident.submit(By.cssSelector("#idea-" + id + " a.button"));
            assertThat(resident.heading()).isEqualTo("Support an idea");
            assertNoSidewaysScroll(resident);
            resident.type("email", first).submit("sendSupport");
            assertThat(resident.pageText()).contains("Nearly done: we have sent a link to " + first);
            confirm(resident, link(mailTo(first, "Confirm your support"), CONFIRM_LINK));
            assertThat(resident.pageText())
                    .contains("Thank you: your support for \u201c" + title + "\u201d is counted.");
            assertThat(resident.text("idea-" + id)).contains("1 supporter");

            String again = askToSupport(id, second);
            confirm(resident, again);
            assertThat(resident.text("idea-" + id)).contains("2 supporters");
            confirm(resident, again);
            assertThat(resident.pageText()).contains("This link has already been used");
        }
        assertProblem(
                HUB.send(
                        "POST", "/api/suggestions/" + id + "/supports", "{\"email\": \"" + first.toUpperCase() + "\"}"),
                409,
                "email",
                "already supports this idea");
        assertThat(publicIdea(id).getInt("supports"))
                .as("a used address does not count again")
                .isEqualTo(2);

        try (Browser staff = new Browser(HUB)) {
            staff.signIn("staff").open("/staff/suggestion.xhtml?id=" + id);
            staff.choose("status", "Planned")
                    .type("answer", "Tuesday afternoons in the youth hall, from next week.")
                    .submit("sendAnswer");
            assertThat(staff.pageText()).contains("Answered. Everyone can read your answer.");
            assertThat(TestMailServer.text(mailTo(suggester, "Our answer")))
                    .contains("It is planned.", "Tuesday afternoons in the youth hall");

            staff.follow("turnIntoBooking");
            assertThat(staff.value("title")).isEqualTo(title);
            assertThat(staff.text("fromIdea")).contains(title);
            assertThat(staff.seriousAccessibilityViolations()).isEmpty();
            staff.choose("roomId", "Youth Hall (60)")
                    .type("expectedAttendance", "20")
                    .fill("date", day.toString())
                    .fill("start", "13:00")
                    .fill("end", "15:00")
                    .tick("repeat:1", "count")
                    .type("count", "2")
                    .submit("book");
            assertThat(staff.heading()).isEqualTo(title);
            staff.open("/staff/suggestion.xhtml?id=" + id);
            assertThat(staff.text("ideaStatus")).isEqualTo("Happening");
            assertThat(staff.driver().findElements(By.id("bookingLink"))).hasSize(1);
        }
        JsonObject idea = publicIdea(id);
        assertThat(idea.getString("status")).isEqualTo("happening");
        long bookingId = idea.getJsonNumber("bookingId").longValue();
        assertThat(HubClient.object(HUB.get("/api/bookings/" + bookingId, "staff", HubClient.DEMO_PASSWORD))
                        .getJsonNumber("suggestionId")
                        .longValue())
                .isEqualTo(id);
        for (String supporter : List.of(first, second)) {
            assertThat(TestMailServer.text(mailTo(supporter, "\u201c" + title + "\u201d is happening")))
                    .contains("/ideas/index.xhtml#idea-" + id, "/ideas/forget.xhtml?token=");
        }
        HttpResponse<String> answeredAgain = HUB.post(
                "/api/suggestions/" + id + "/answer",
                "{\"status\": \"happening\", \"answer\": \"Now every Tuesday.\"}",
                "staff");
        assertThat(answeredAgain.statusCode()).as(answeredAgain.body()).isEqualTo(200);
        // the suggester's third answer goes with any supporters' emails of the same change: once it is here, so are
        // they
        MAIL.await(message -> mailsTo(suggester, "Our answer to your idea") == 3, MAIL_WAIT)
                .orElseThrow();
        for (String supporter : List.of(first, second)) {
            assertThat(mailsTo(supporter, "\u201c" + title + "\u201d is happening"))
                    .as("told once")
                    .isEqualTo(1);
        }

        assertThat(HubClient.array(HUB.get("/api/whats-on?from=" + day + "&to=" + day.plusDays(1)))
                        .getValuesAs(JsonObject.class))
                .filteredOn(activity -> activity.getString("title").equals(title))
                .singleElement()
                .satisfies(activity ->
                        assertThat(activity.getBoolean("suggestedByResidents")).isTrue());
        try (Browser resident = new Browser(HUB)) {
            resident.open("/");
            assertThat(resident.driver()
                            .findElements(By.xpath("//li[contains(@class, 'activity')][.//h4[text()='" + title + "']]"))
                            .get(0)
                            .getText())
                    .contains("Suggested by residents");
            resident.open("/ideas/index.xhtml");
            assertThat(resident.text("youSaidWeDid")).contains(title, "Happening", "Now every Tuesday.");
        }
    }

    @Test
    void theQueueAndSetAsideIdeasAndEveryAddressStayHiddenFromResidentsAndTenants() {
        String waitingTitle = unique("Waiting idea");
        String asideTitle = unique("Set aside idea");
        String shownTitle = unique("Shown idea");
        String reason = unique("Names a person");
        String waitingAddress = address("waiting");
        long waiting = suggested(waitingTitle, waitingAddress);
        long aside = suggested(asideTitle, address("aside"));
        long shown = published(shownTitle, address("shown"));
        askToSupport(shown, address("pending"));
        HttpResponse<String> setAside =
                HUB.post("/api/suggestions/" + aside + "/set-aside", "{\"reason\": \"" + reason + "\"}", "staff");
        assertThat(setAside.statusCode()).as(setAside.body()).isEqualTo(200);
        assertThat(HubClient.object(setAside).getString("review")).isEqualTo("set_aside");

        for (String who : new String[] {null, "foodbank", "sam"}) {
            for (String query : new String[] {"", "?status=new", "?sort=newest", "?status=new&sort=status"}) {
                HttpResponse<String> list = who == null
                        ? HUB.get("/api/suggestions" + query)
                        : HUB.get("/api/suggestions" + query, who, HubClient.DEMO_PASSWORD);
                assertThat(list.statusCode()).as(who + query).isEqualTo(200);
                assertThat(list.body()).as(who + query).doesNotContain(waitingTitle, asideTitle, reason, "@", "review");
            }
            for (long hidden : new long[] {waiting, aside}) {
                HttpResponse<String> one = who == null
                        ? HUB.get("/api/suggestions/" + hidden)
                        : HUB.get("/api/suggestions/" + hidden, who, HubClient.DEMO_PASSWORD);
                assertThat(one.statusCode()).as(who + " " + hidden).isEqualTo(404);
            }
        }
        assertThat(HUB.get("/api/suggestions").body()).contains(shownTitle);
        assertThat(HUB.get("/api/suggestions/" + shown).body()).doesNotContain("@");
        assertThat(HUB.get("/api/suggestions?status=new", "staff", HubClient.DEMO_PASSWORD)
                        .body())
                .contains(waitingTitle, waitingAddress)
                .doesNotContain(asideTitle, shownTitle);
        assertThat(HUB.get("/api/suggestions?status=set_aside", "staff", HubClient.DEMO_PASSWORD)
                        .body())
                .contains(asideTitle, reason);
        assertThat(HUB.get("/api/suggestions?status=set_aside").statusCode())
                .as("not a public status")
                .isEqualTo(400);

        try (Browser resident = new Browser(HUB)) {
            resident.open("/ideas/index.xhtml");
            assertThat(resident.pageText())
                    .contains(shownTitle)
                    .doesNotContain(waitingTitle, asideTitle, reason, "@people.example");
            resident.open("/ideas/support.xhtml?id=" + waiting);
            assertThat(resident.pageText()).doesNotContain(waitingTitle);
        }
        try (Browser tenant = new Browser(HUB)) {
            tenant.signIn("foodbank").open("/tenant/ideas.xhtml");
            assertThat(tenant.pageText())
                    .contains(shownTitle)
                    .doesNotContain(waitingTitle, asideTitle, reason, "@people.example");
            tenant.open("/staff/suggestions.xhtml");
            assertThat(tenant.heading()).isNotEqualTo("Ideas to check and answer");
            assertThat(tenant.pageText()).doesNotContain(waitingTitle, waitingAddress);
        }
        for (String action : new String[] {"publish", "set-aside", "answer"}) {
            assertThat(HUB.post("/api/suggestions/" + waiting + "/" + action, "{}", "foodbank")
                            .statusCode())
                    .as(action)
                    .isEqualTo(403);
            assertThat(HUB.send("POST", "/api/suggestions/" + waiting + "/" + action, "{}")
                            .statusCode())
                    .as(action)
                    .isEqualTo(401);
        }
        assertThat(staffIdea(waitingTitle).getString("review")).isEqualTo("waiting");
    }

    @Test
    void badInputGetsAPlainMessageAndChangesNothing() {
        int before = HubClient.array(HUB.get("/api/suggestions", "staff", HubClient.DEMO_PASSWORD))
                .size();
        assertProblem(
                HUB.send("POST", "/api/suggestions", "{\"title\": \"  \"}"), 400, "title", "Say what you would like");
        assertProblem(
                HUB.send("POST", "/api/suggestions", "{\"title\": \"" + "x".repeat(121) + "\"}"),
                400,
                "title",
                "120 characters or fewer");
        assertProblem(
                HUB.send(
                        "POST",
                        "/api/suggestions",
                        "{\"title\": \"Choir\", \"description\": \"" + "x".repeat(1001) + "\"}"),
                400,
                "description",
                "1000 characters or fewer");
        assertProblem(
                HUB.send("POST", "/api/suggestions", "{\"title\": \"Choir\", \"audience\": [\"martians\"]}"),
                400,
                "audience",
                "\u201cmartians\u201d is not one of the hub's groups");
        assertProblem(
                HUB.send("POST", "/api/suggestions", "{\"title\": \"Choir\", \"email\": \"choir at home\"}"),
                400,
                "email",
                "Enter an email address like name@example.org.");
        assertThat(HUB.send("POST", "/api/suggestions", "{\"title\": 12}").statusCode())
                .isEqualTo(400);
        assertThat(HUB.send("POST", "/api/suggestions", "not json").statusCode())
                .isEqualTo(400);
        assertThat(HubClient.array(HUB.get("/api/suggestions", "staff", HubClient.DEMO_PASSWORD))
                        .size())
                .as("nothing kept")
                .isEqualTo(before);

        String busy = address("busy");
        for (int i = 0; i < 3; i++) {
            assertThat(suggest(unique("Busy idea"), busy).statusCode()).isEqualTo(202);
        }
        String tooMany = unique("One too many");
        assertProblem(suggest(tooMany, busy), 429, null, "3 ideas from this address in the last hour");
        assertThat(HUB.get("/api/suggestions", "staff", HubClient.DEMO_PASSWORD).body())
                .doesNotContain(tooMany);

        long hidden = suggested(unique("Not checked yet"), null);
        assertProblem(
                HUB.send(
                        "POST",
                        "/api/suggestions/" + hidden + "/supports",
                        "{\"email\": \"" + address("early") + "\"}"),
                404,
                null,
                "There is no such idea.");
        long closed = published(unique("Skydiving"), null);
        HttpResponse<String> answered = HUB.post(
                "/api/suggestions/" + closed + "/answer",
                "{\"status\": \"not_possible\", " + "\"answer\": \"The ceiling is too low.\"}",
                "staff");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertProblem(
                HUB.send(
                        "POST", "/api/suggestions/" + closed + "/supports", "{\"email\": \"" + address("late") + "\"}"),
                409,
                null,
                "not taking supports");
        assertProblem(
                HUB.send("POST", "/api/suggestions/" + closed + "/supports", "{\"email\": \"nobody\"}"),
                400,
                "email",
                "Enter an email address");
        assertProblem(
                HUB.post(
                        "/api/suggestions/" + closed + "/answer",
                        "{\"status\": \"new\", \"answer\": \"Back\"}",
                        "staff"),
                400,
                "status",
                "Choose considering, planned, happening or not possible.");
        assertProblem(
                HUB.post(
                        "/api/suggestions/" + closed + "/answer",
                        "{\"status\": \"maybe\", \"answer\": \"Back\"}",
                        "staff"),
                400,
                "status",
                "\u201cmaybe\u201d is not a status");
        assertProblem(
                HUB.post(
                        "/api/suggestions/" + closed + "/answer",
                        "{\"status\": \"planned\", \"answer\": \" \"}",
                        "staff"),
                400,
                "answer",
                "Write the answer");
        assertProblem(HUB.post("/api/suggestions/" + hidden + "/set-aside", "{}", "staff"), 400, "reason", "Say why");
        assertThat(publicIdea(closed).getString("status")).isEqualTo("not_possible");
        assertProblem(HUB.post("/api/suggestions/999999999/publish", "", "staff"), 404, null, "There is no such idea.");

        try (Browser resident = new Browser(HUB)) {
            resident.open("/ideas/confirm.xhtml?token=madeUpTokenThatWeNeverSentAnyone");
            resident.submit("confirmButton");
            assertThat(resident.pageText()).contains("This link is not one we sent");
        }
    }

    @Test
    void theImpactReportSaysWhatResidentsSuggestedAndWhatCameOfItButNotWhatStaffHaveNotChecked() {
        String shownTitle = unique("Impact idea");
        String waitingTitle = unique("Unchecked idea");
        long shown = published(shownTitle, null);
        suggested(waitingTitle, null);
        HttpResponse<String> answered = HUB.post(
                "/api/suggestions/" + shown + "/answer",
                "{\"status\": \"planned\", \"answer\": \"Starting in the spring.\"}",
                "staff");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));

        JsonObject impact = HubClient.object(HUB.get(
                "/api/reports/impact?from=" + today.minusDays(1) + "&to=" + today.plusDays(1),
                "staff",
                HubClient.DEMO_PASSWORD));

        List<JsonObject> suggestions = impact.getJsonArray("suggestions").getValuesAs(JsonObject.class);
        assertThat(suggestions).anySatisfy(idea -> {
            assertThat(idea.getString("title")).isEqualTo(shownTitle);
            assertThat(idea.getString("status")).isEqualTo("planned");
            assertThat(idea.getString("answer")).isEqualTo("Starting in the spring.");
        });
        assertThat(suggestions)
                .noneSatisfy(idea -> assertThat(idea.getString("title")).isEqualTo(waitingTitle));
    }

    @Test
    void aRobotFillingTheHiddenFieldIsThankedAndNothingIsKept() {
        String title = unique("Robot idea");
        try (Browser robot = new Browser(HUB)) {
            robot.open("/ideas/suggest.xhtml").type("title", title);
            ((JavascriptExecutor) robot.driver())
                    .executeScript("document.getElementById('website').value = 'http://spam.example';");
            robot.submit("sendIdea");
            assertThat(robot.pageText()).contains("Thank you!");
        }
        assertThat(HUB.get("/api/suggestions", "staff", HubClient.DEMO_PASSWORD).body())
                .doesNotContain(title);
    }

    @Test
    void tenantsOfferToRunAnIdeaAndStaffSeeTheOffersWhenAnswering() {
        String title = unique("Cookery on a budget");
        long id = published(title, null);

        HttpResponse<String> offered = HUB.post(
                "/api/suggestions/" + id + "/offers", "{\"note\": \"Our kitchen volunteers could run it.\"}", "youth");
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
        assertThat(HubClient.object(offered).getJsonArray("offeredBy").getString(0))
                .isEqualTo("Youth Service");
        assertProblem(
                HUB.post("/api/suggestions/" + id + "/offers", "{}", "youth"),
                409,
                null,
                "Youth Service has already offered");
        assertThat(HUB.post("/api/suggestions/" + id + "/offers", "{}", "staff").statusCode())
                .isEqualTo(403);
        assertThat(HUB.send("POST", "/api/suggestions/" + id + "/offers", "{}").statusCode())
                .isEqualTo(401);

        try (Browser tenant = new Browser(HUB)) {
            tenant.signIn("foodbank").open("/tenant/index.xhtml").follow("ideasLink");
            assertThat(tenant.heading()).isEqualTo("Ideas from residents");
            assertThat(tenant.seriousAccessibilityViolations()).isEmpty();
            tenant.submit(By.cssSelector("#idea-" + id + " input[type='submit']"));
            assertThat(tenant.pageText()).contains("Fleetwood Food Bank has offered to run it.");
            assertThat(tenant.text("idea-" + id)).contains("Your organisation has offered to run this.");
        }
        assertThat(publicIdea(id).getJsonArray("offeredBy").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("Youth Service", "Fleetwood Food Bank");
        try (Browser staff = new Browser(HUB)) {
            staff.signIn("staff").open("/staff/suggestion.xhtml?id=" + id);
            assertThat(staff.text("offers"))
                    .contains("Youth Service (youth): Our kitchen volunteers could run it.", "Fleetwood Food Bank");
        }
    }

    @Test
    void staffListEveryIdeaInTheOrderTheyAskFor() {
        String few = unique("Sorted few");
        String many = unique("Sorted many");
        for (String title : List.of(few, many)) {
            HttpResponse<String> recorded =
                    HUB.post("/api/suggestions", """
                    {"title": "%s", "audience": ["adults"], "backedBy": %d}""".formatted(title, title.equals(few) ? 2 : 9), "staff");
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        }
        Function<String, List<String>> listed = query -> HubClient.array(
                        HUB.get("/api/suggestions?status=new" + query, "staff", HubClient.DEMO_PASSWORD))
                .getValuesAs(JsonObject.class)
                .stream()
                .map(idea -> idea.getString("title"))
                .filter(title -> title.equals(few) || title.equals(many))
                .toList();

        assertThat(listed.apply("")).as("the queue, oldest first").containsExactly(few, many);
        assertThat(listed.apply("&sort=support")).containsExactly(many, few);
        assertThat(listed.apply("&sort=newest")).containsExactly(many, few);
        assertThat(listed.apply("&sort=status"))
                .as("both new: most supported first")
                .containsExactly(many, few);
        assertThat(HubClient.array(HUB.get("/api/suggestions?sort=support", "staff", HubClient.DEMO_PASSWORD))
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(idea -> idea.getInt("supports"))
                        .toList())
                .as("every idea, most supported first")
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertProblem(
                HUB.get("/api/suggestions?sort=loudest", "staff", HubClient.DEMO_PASSWORD), 400, "sort", "loudest");
    }

    @Test
    void staffRecordAnIdeaGivenInPersonCountSupportsAndMergeTheSameIdea() {
        String title = unique("Bingo afternoon");
        try (Browser staff = new Browser(HUB)) {
            staff.signIn("staff").open("/staff/suggestions.xhtml");
            staff.type("title", title).tick("audience:6").type("people", "7").submit("recordIdea");
            assertThat(staff.pageText()).contains("Recorded \u201c" + title + "\u201d.");
            assertThat(staff.text("supports")).isEqualTo("7");
            assertThat(staff.text("review")).isEqualTo("Waiting to be checked");
            staff.type("people", "3").submit("count");
            assertThat(staff.text("supports")).isEqualTo("10");
            staff.submit("publish");
        }
        long id = staffIdea(title).getJsonNumber("id").longValue();
        assertThat(staffIdea(title).getString("recordedBy")).isEqualTo("staff");
        assertThat(publicIdea(id).getInt("supports")).isEqualTo(10);

        String same = unique("Bingo please");
        long duplicate = suggested(same, null);
        HttpResponse<String> counted =
                HUB.post("/api/suggestions/" + duplicate + "/supports", "{\"people\": 4}", "staff");
        assertThat(HubClient.object(counted).getInt("supports")).isEqualTo(4);
        HttpResponse<String> merged =
                HUB.post("/api/suggestions/" + duplicate + "/merge", "{\"into\": " + id + "}", "staff");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        assertThat(HubClient.object(merged).getInt("supports")).isEqualTo(14);
        assertThat(HUB.get("/api/suggestions/" + duplicate).statusCode()).isEqualTo(404);
        assertThat(staffIdea(same).getString("review")).isEqualTo("merged");
        assertThat(HUB.post("/api/suggestions/" + duplicate + "/publish", "", "staff")
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void theLinkInEveryEmailForgetsTheAddressEverywhereAndSupportsStillCount() {
        String title = unique("Seated yoga");
        String person = address("forgetful");
        long id = published(title, person);
        String forget = link(mailTo(person, "Your idea"), FORGET_LINK);
        long other = published(unique("Tai chi"), null);
        try (Browser resident = new Browser(HUB)) {
            confirm(resident, askToSupport(other, person));
            resident.open(forget);
            assertThat(resident.seriousAccessibilityViolations()).isEmpty();
            resident.submit("forgetButton");
            assertThat(resident.pageText()).contains("Done: we have removed your email address.");
            resident.open(forget).submit("forgetButton");
            assertThat(resident.pageText()).contains("nothing to remove");
        }
        assertThat(staffIdea(title).containsKey("email") && !staffIdea(title).isNull("email"))
                .as("address gone")
                .isFalse();
        assertThat(HUB.get("/api/suggestions", "staff", HubClient.DEMO_PASSWORD).body())
                .doesNotContain(person);
        assertThat(publicIdea(other).getInt("supports")).as("still counts").isEqualTo(1);
        assertThat(publicIdea(id).getString("title")).isEqualTo(title);
    }

    @Test
    void theHubWritesToEachResidentInTheLanguageTheyUsedWhenSuggestingOrSupporting() {
        String title = unique("Polish conversation club");
        String suggester = address("jadwiga");
        HttpResponse<String> sent = HUB.sendWith(
                "POST", "/api/suggestions", """
                {"title": "%s", "description": "Raz w tygodniu.", "audience": ["families"], "email": "%s"}""".formatted(title, suggester), null, "Accept-Language", "pl");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        long id = staffIdea(title).getJsonNumber("id").longValue();
        assertThat(HUB.post("/api/suggestions/" + id + "/publish", "", "staff").statusCode())
                .as("published by staff reading English")
                .isEqualTo(200);

        MimeMessage published = mailTo(suggester, "Twój pomysł „" + title + "” jest już na liście pomysłów");
        assertThat(TestMailServer.text(published)).contains("Dzień dobry,", "Pozdrawiamy,");

        String polish = address("marek");
        HttpResponse<String> askedInPolish = HUB.sendWith(
                "POST",
                "/api/suggestions/" + id + "/supports",
                "{\"email\": \"" + polish + "\"}",
                null,
                "Accept-Language",
                "pl-PL,pl;q=0.9,en;q=0.5");
        assertThat(askedInPolish.statusCode()).as(askedInPolish.body()).isEqualTo(202);
        assertThat(TestMailServer.text(mailTo(polish, "Potwierdź poparcie dla pomysłu „" + title + "”")))
                .contains("Link działa raz, przez 7 dni.");

        String english = address("ellen");
        askToSupport(id, english);
        assertThat(TestMailServer.text(mailTo(english, "Confirm your support for “" + title + "”")))
                .as("a supporter asking in English is written to in English")
                .contains("Hello");
    }
}

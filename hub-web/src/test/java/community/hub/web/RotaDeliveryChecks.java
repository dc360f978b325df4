package community.hub.web;

import static community.hub.web.HubIT.HUB;
import static community.hub.web.HubIT.MAIL;
import static community.hub.web.Problems.assertProblemJson;
import static community.hub.web.RotaApiChecks.assigned;
import static community.hub.web.RotaApiChecks.places;
import static community.hub.web.RotaApiChecks.reassign;
import static community.hub.web.RotaApiChecks.rotaAs;
import static community.hub.web.RotaApiChecks.shifts;
import static community.hub.web.RotaApiChecks.shortOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import community.hub.rota.RotaWeek;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Each member of the café team gets their rota the way they chose, and someone may leave the team, through the running
 * hub and its real mail server. Every test adds members of its own (with addresses of their own) and uses weeks of its
 * own, 120 to 140 weeks ahead, since every nested class shares one database and one mail server; the members it added
 * leave the team when it ends, so that the other checks meet the demo café's team as it was.
 */
abstract class RotaDeliveryChecks {

    /** The members this test added, who leave the team after it. */
    private final List<Long> joined = new ArrayList<>();

    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    private static final DateTimeFormatter MONDAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private static String week(int n) {
        return RotaWeek.containing(TestDates.cafeWeekInLane(TestDates.Lane.ROTA_DELIVERY, n))
                .toString();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void everyoneThisTestAddedLeavesTheTeam() {
        for (long id : joined) {
            if (HubClient.object(HUB.get("/api/rota/members/" + id, "staff", HubClient.DEMO_PASSWORD))
                    .getBoolean("onTeam")) {
                HttpResponse<String> left = HUB.post("/api/rota/members/" + id + "/leave", "", "staff");
                assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
            }
        }
    }

    /** Someone new on the team, free Monday to Saturday 08:30-16:30; {@code email} may be null. */
    private JsonObject joins(String name, String role, String rotaBy, String email) {
        StringBuilder days = new StringBuilder();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY)) {
            days.append(days.isEmpty() ? "" : ", ")
                    .append("{\"day\": \"%s\", \"from\": \"08:30\", \"until\": \"16:30\"}"
                            .formatted(day.name().toLowerCase(Locale.ROOT)));
        }
        HttpResponse<String> added = HUB.post(
                "/api/rota/members",
                """
                {"name": "%s", "roles": ["%s"], "maxHoursPerWeek": 40, "availability": [%s], "rotaBy": ["%s"]%s}
                """.formatted(name, role, days, rotaBy, email == null ? "" : ", \"email\": \"" + email + "\""),
                "staff");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        joined.add(id(HubClient.object(added)));
        return HubClient.object(added);
    }

    private static long id(JsonObject member) {
        return member.getJsonNumber("id").longValue();
    }

    /** The weekday morning shifts of the week, in time order (a bank holiday closes a day). */
    private static List<JsonObject> weekdayMornings(String week) {
        return shifts(rotaAs("staff", week)).stream()
                .filter(shift -> LocalDateTime.parse(shift.getString("start"))
                                        .toLocalTime()
                                        .getHour()
                                == 8
                        && LocalDate.parse(shift.getString("date"))
                                        .getDayOfWeek()
                                        .getValue()
                                <= DayOfWeek.FRIDAY.getValue())
                .toList();
    }

    private static void placed(String week, long memberId, JsonObject shift, String role) {
        RotaApiChecks.placed(week, memberId, shift.getString("id"), role);
    }

    private static void published(String week) {
        HttpResponse<String> published = HUB.post("/api/rota/" + week + "/publish", "", "staff");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    }

    /** "Tuesday morning, half past eight to half past twelve." for a weekday morning shift of the demo café. */
    private static String morningInWords(JsonObject shift) {
        return LocalDate.parse(shift.getString("date")).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK)
                + " morning, half past eight to half past twelve.";
    }

    private static String dayOf(JsonObject shift) {
        return DAY.format(LocalDate.parse(shift.getString("date")));
    }

    private static MimeMessage mailTo(String address, String subject) {
        return MAIL.await(
                        message -> subject.equals(TestMailServer.subject(message))
                                && to(message).contains(address),
                        MAIL_WAIT)
                .orElseGet(() -> fail("No email \"" + subject + "\" to " + address + " within " + MAIL_WAIT
                        + "; received: "
                        + MAIL.received().stream().map(TestMailServer::subject).toList()));
    }

    private static List<String> to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO) == null
                    ? List.of()
                    : Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .map(address -> ((InternetAddress) address).getAddress())
                            .toList();
        } catch (MessagingException unreadable) {
            return List.of();
        }
    }

    private static String text(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (IOException | MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @Test
    void publishingEmailsAMemberWhoPrefersEmailTheirOwnShiftsInPlainWordsAndListsSomeoneWithoutAnAddressForStaff() {
        String week = week(1);
        String nellAddress = "nell." + unique() + "@cafe.example";
        JsonObject nell = joins("Nell Quayle " + unique(), "kitchen", "email", nellAddress);
        JsonObject orla = joins("Orla Dunne " + unique(), "barista", "email", null);
        JsonObject pip = joins("Pip Ward " + unique(), "front_of_house", "easy_read_print", null);
        JsonObject morning = weekdayMornings(week).get(0);
        placed(week, id(nell), morning, "kitchen");
        placed(week, id(orla), morning, "barista");
        placed(week, id(pip), morning, "front_of_house");
        HttpResponse<String> before = HUB.get("/api/rota/" + week + "/deliveries", "staff", HubClient.DEMO_PASSWORD);
        assertThat(HubClient.object(before).getBoolean("published")).isFalse();

        published(week);

        String monday = MONDAY.format(RotaWeek.parse(week).getMonday());
        MimeMessage mail = mailTo(nellAddress, "Your caf\u00e9 shifts for the week starting " + monday);
        assertThat(to(mail)).containsExactly(nellAddress);
        assertThat(text(mail))
                .startsWith("Hello Nell,\n\nHere are your caf\u00e9 shifts for the week starting " + monday + ".\n")
                .contains("\n" + dayOf(morning) + "\n" + morningInWords(morning) + "\nYour job: kitchen.\n")
                .contains("That is one shift this week.\n")
                .contains("If you cannot come, please tell the caf\u00e9 staff as soon as you can.")
                .doesNotContain("08:30");
        JsonObject deliveries =
                HubClient.object(HUB.get("/api/rota/" + week + "/deliveries", "staff", HubClient.DEMO_PASSWORD));
        assertThat(deliveries.getBoolean("published")).isTrue();
        assertThat(deliveries.getJsonArray("emailed").getValuesAs(JsonObject.class))
                .anySatisfy(emailed -> {
                    assertThat(emailed.getJsonNumber("memberId").longValue()).isEqualTo(id(nell));
                    assertThat(emailed.getString("email")).isEqualTo(nellAddress);
                });
        assertThat(deliveries.getJsonArray("withoutEmail").getValuesAs(JsonObject.class))
                .extracting(without -> without.getJsonNumber("memberId").longValue())
                .contains(id(orla))
                .doesNotContain(id(nell));
        assertThat(deliveries.getJsonArray("toPrint").getValuesAs(JsonObject.class))
                .extracting(print -> print.getJsonNumber("memberId").longValue())
                .contains(id(pip));
        assertThat(HUB.get("/api/rota/" + week + "/deliveries", "sam", HubClient.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aChangeAfterPublishingEmailsTheMemberWhatChangedAndTheirShiftsNow() {
        String week = week(2);
        String address = "ravi." + unique() + "@cafe.example";
        JsonObject ravi = joins("Ravi Bell " + unique(), "kitchen", "email", address);
        List<JsonObject> mornings = weekdayMornings(week);
        JsonObject first = mornings.get(0);
        JsonObject second = mornings.get(1);
        placed(week, id(ravi), first, "kitchen");
        published(week);
        String monday = MONDAY.format(RotaWeek.parse(week).getMonday());
        mailTo(address, "Your caf\u00e9 shifts for the week starting " + monday);

        HttpResponse<String> moved = reassign(
                week,
                "{\"memberId\": %d, \"fromShiftId\": \"%s\", \"toShiftId\": \"%s\", \"toRole\": \"kitchen\"}"
                        .formatted(id(ravi), first.getString("id"), second.getString("id")));

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        MimeMessage changed = mailTo(address, "Your caf\u00e9 shifts have changed: the week starting " + monday);
        assertThat(text(changed))
                .startsWith("Hello Ravi,\n\nYour caf\u00e9 shifts for the week starting " + monday + " have changed.\n")
                .contains("You have a new shift:\n\n" + dayOf(second) + "\n" + morningInWords(second)
                        + "\nYour job: kitchen.\n")
                .contains(
                        "You do not work this shift any more:\n\n" + dayOf(first) + "\n" + morningInWords(first) + "\n")
                .contains("Your shifts that week are now:\n\n" + dayOf(second) + "\n")
                .contains("That is one shift this week.");
        assertThat(HubClient.object(moved).getJsonArray("changes").getValuesAs(JsonObject.class))
                .filteredOn(change -> change.getJsonNumber("memberId").longValue() == id(ravi))
                .extracting(change -> change.getString("kind") + " " + change.getString("shiftId"))
                .containsExactlyInAnyOrder("removed " + first.getString("id"), "added " + second.getString("id"));
    }

    @Test
    void aMemberWhoLeavesIsTakenOffPlacesStillToComeWhichStayOpenWithTheReasonButKeepsTheirPastHours() {
        String name = "Tess Lowry " + unique();
        long tess = id(joins(name, "kitchen", "calendar", null));
        String past = RotaWeek.containing(LocalDate.now().minusWeeks(125)).toString();
        JsonObject worked = weekdayMornings(past).get(0);
        placed(past, tess, worked, "kitchen");
        String month = LocalDate.parse(worked.getString("date")).toString().substring(0, 7);
        String future = week(3);
        JsonObject toCome = weekdayMornings(future).get(0);
        placed(future, tess, toCome, "kitchen");
        published(future);

        HttpResponse<String> byVolunteer = HUB.post("/api/rota/members/" + tess + "/leave", "", "sam");
        assertProblemJson(byVolunteer, 403);
        assertThat(HubClient.object(HUB.get("/api/rota/members/" + tess, "staff", HubClient.DEMO_PASSWORD))
                        .getBoolean("onTeam"))
                .isTrue();

        HttpResponse<String> left = HUB.post("/api/rota/members/" + tess + "/leave", "", "staff");

        assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
        JsonObject leaving = HubClient.object(left);
        assertThat(leaving.getString("leftOn")).isEqualTo(LocalDate.now().toString());
        assertThat(leaving.getJsonObject("member").getBoolean("onTeam")).isFalse();
        assertThat(leaving.getJsonArray("placesGivenUp").getValuesAs(JsonObject.class))
                .extracting(place -> place.getString("shiftId") + " " + place.getString("role"))
                .containsExactly(toCome.getString("id") + " kitchen");
        JsonObject after = rotaAs("staff", future);
        JsonObject shift = shifts(after).stream()
                .filter(one -> one.getString("id").equals(toCome.getString("id")))
                .findFirst()
                .orElseThrow();
        assertThat(assigned(shift, "kitchen")).doesNotContain(tess);
        assertThat(shortOf(shift))
                .filteredOn(gap -> gap.getString("role").equals("kitchen"))
                .singleElement()
                .satisfies(
                        gap -> assertThat(gap.getString("reason")).startsWith(name + " has left the caf\u00e9 team. "));
        assertThat(after.getJsonArray("changes").getValuesAs(JsonObject.class))
                .as("the published week shows it as a change")
                .anySatisfy(change -> {
                    assertThat(change.getJsonNumber("memberId").longValue()).isEqualTo(tess);
                    assertThat(change.getString("kind")).isEqualTo("removed");
                });
        assertThat(assigned(
                        shifts(rotaAs("staff", past)).stream()
                                .filter(one -> one.getString("id").equals(worked.getString("id")))
                                .findFirst()
                                .orElseThrow(),
                        "kitchen"))
                .as("past places are kept")
                .contains(tess);
        JsonObject hours =
                HubClient.object(HUB.get("/api/rota/hours?month=" + month, "staff", HubClient.DEMO_PASSWORD));
        assertThat(hours.getJsonArray("members").getValuesAs(JsonObject.class)).anySatisfy(member -> {
            assertThat(member.getJsonNumber("memberId").longValue()).isEqualTo(tess);
            assertThat(member.getInt("shifts")).isEqualTo(1);
            assertThat(member.getJsonNumber("hours").intValue()).isEqualTo(4);
        });
        assertThat(RotaApiChecks.members())
                .noneMatch(member -> member.getJsonNumber("id").longValue() == tess);
        assertThat(HubClient.array(HUB.get("/api/rota/members?former=true", "staff", HubClient.DEMO_PASSWORD))
                        .getValuesAs(JsonObject.class))
                .anySatisfy(former -> {
                    assertThat(former.getJsonNumber("id").longValue()).isEqualTo(tess);
                    assertThat(former.getString("leftOn"))
                            .isEqualTo(LocalDate.now().toString());
                });
        JsonObject filled = HubClient.object(HUB.post("/api/rota/" + future + "/autofill", "", "staff"));
        assertThat(shifts(filled))
                .allSatisfy(one -> places(one)
                        .forEach(place -> assertThat(assigned(one, place.getString("role")))
                                .as("auto-fill never places them again")
                                .doesNotContain(tess)));
        HttpResponse<String> placedAgain =
                reassign(future, RotaApiChecks.place(tess, toCome.getString("id"), "kitchen"));
        assertThat(placedAgain.statusCode()).isEqualTo(409);
        assertThat(HUB.post("/api/rota/members/" + tess + "/leave", "", "staff").statusCode())
                .as("already left")
                .isEqualTo(409);

        HttpResponse<String> back = HUB.post("/api/rota/members/" + tess + "/come-back", "", "staff");

        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(HubClient.object(back).getBoolean("onTeam")).isTrue();
        assertThat(RotaApiChecks.members())
                .anyMatch(member -> member.getJsonNumber("id").longValue() == tess);
        assertThat(HUB.post("/api/rota/members/" + tess + "/come-back", "", "alex")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void afterPublishingTheRotaPageListsWhoWantsAPrintedRotaWithALinkToTheirOwnPageAndWhoHasNoAddress() {
        String week = week(4);
        String wynName = "Wyn Price " + unique();
        String zedName = "Zed Hollis " + unique();
        JsonObject wyn = joins(wynName, "kitchen", "easy_read_print", null);
        JsonObject zed = joins(zedName, "barista", "email", null);
        JsonObject morning = weekdayMornings(week).get(0);
        placed(week, id(wyn), morning, "kitchen");
        placed(week, id(zed), morning, "barista");

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/staff/rota.xhtml?week=" + week);
            assertThat(browser.all(By.id("deliveries"))).as("not published yet").isEmpty();

            browser.press("rota:publish", By.id("rota:confirmPublish"));
            assertThat(browser.text("rota:confirmPublish"))
                    .matches(
                            "(?s)\\d+ places are still open this week\\. Volunteers will see the gaps\\. Publish anyway\\?.*");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .isEqualTo("rota:confirmPublish");
            assertThat(browser.all(By.id("deliveries")))
                    .as("asked, not published yet")
                    .isEmpty();
            browser.press("rota:publishAnyway", By.id("deliveries"));

            assertThat(browser.text("rota:rotaMessages"))
                    .contains(
                            "Week " + week + " is published.",
                            "One person wants a printed easy-read rota: see \u201cGetting their rota\u201d.");
            assertThat(browser.text("toPrint")).contains("Print the rota for " + wynName);
            assertThat(browser.text("withoutAddress")).contains(zedName);
            assertThat(browser.text("deliveries")).doesNotContain("Print the rota for " + zedName);

            browser.submit(By.linkText("Print the rota for " + wynName));

            assertThat(browser.heading()).isEqualTo("Caf\u00e9 shifts for " + wynName);
            assertThat(browser.text("easyWeek"))
                    .isEqualTo("The week starting "
                            + DAY.format(RotaWeek.parse(week).getMonday()));
            assertThat(browser.pageText())
                    .contains(
                            dayOf(morning),
                            morningInWords(morning).replace(".", ""),
                            "Your job: Kitchen",
                            "Working with you: " + zedName)
                    .doesNotContain("Nobody yet");
            assertThat(browser.all(By.cssSelector(".easy-sheet")))
                    .as("one person on the sheet")
                    .hasSize(1);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void staffSayYesBeforeSomeoneLeavesTheTeamOnTheirPageAndBringThemBackFromTheTeamPage() {
        String week = week(5);
        String name = "Uma Reyes " + unique();
        long uma = id(joins(name, "kitchen", "calendar", null));
        JsonObject morning = weekdayMornings(week).get(0);
        placed(week, uma, morning, "kitchen");

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/staff/cafe-member.xhtml?id=" + uma);
            assertThat(browser.text("gets"))
                    .contains("Their own calendar feed, but they have no account to sign in with");

            browser.submit("leave");

            assertThat(browser.text("confirmLeaveHeading")).isEqualTo("Does " + name + " leave the caf\u00e9 team?");
            assertThat(browser.text("confirmLeave"))
                    .contains(
                            "They will be taken off this place",
                            morningInWords(morning).replace(".", "") + " (",
                            "Kitchen",
                            "Their past shifts and hours stay.");
            browser.submit("leaveNo");
            assertThat(browser.all(By.id("confirmLeave"))).isEmpty();
            assertThat(assigned(shiftOf(week, morning), "kitchen"))
                    .as("nothing changed yet")
                    .contains(uma);

            browser.submit("leave").submit("leaveYes");

            assertThat(browser.path()).endsWith("/staff/cafe-team.xhtml");
            assertThat(browser.pageText())
                    .contains(name + " has left the caf\u00e9 team. One place on the rota is open now.");
            assertThat(browser.text("team")).doesNotContain(name);
            assertThat(browser.text("former")).contains(name);
            assertThat(assigned(shiftOf(week, morning), "kitchen")).doesNotContain(uma);

            browser.submit(By.cssSelector("#former input[aria-label='Bring back: " + name + "']"));

            assertThat(browser.pageText()).contains(name + " is back on the caf\u00e9 team.");
            assertThat(browser.text("team")).contains(name);
        }
    }

    private static JsonObject shiftOf(String week, JsonObject shift) {
        return shifts(rotaAs("staff", week)).stream()
                .filter(one -> one.getString("id").equals(shift.getString("id")))
                .findFirst()
                .orElseThrow();
    }
}

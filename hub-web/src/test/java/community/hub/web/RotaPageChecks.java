package community.hub.web;

import static community.hub.web.BookingsApiChecks.postBooking;
import static community.hub.web.HubIT.HUB;
import static community.hub.web.RotaApiChecks.assigned;
import static community.hub.web.RotaApiChecks.firstWeekdayMorning;
import static community.hub.web.RotaApiChecks.memberId;
import static community.hub.web.RotaApiChecks.place;
import static community.hub.web.RotaApiChecks.placed;
import static community.hub.web.RotaApiChecks.places;
import static community.hub.web.RotaApiChecks.published;
import static community.hub.web.RotaApiChecks.rotaAs;
import static community.hub.web.RotaApiChecks.shifts;
import static community.hub.web.RotaApiChecks.shortOf;
import static community.hub.web.RotaApiChecks.swapOffered;
import static org.assertj.core.api.Assertions.assertThat;

import community.hub.HubTime;
import community.hub.rota.RotaWeek;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The café rota pages in headless Chromium, as café staff and volunteers use them. */
abstract class RotaPageChecks {

    private static final By PEOPLE = By.cssSelector("#rotaGrid .person");
    private static final By GAPS = By.cssSelector("#rotaGrid td.rota-gap");
    private static final By MESSAGE = By.cssSelector("[id='rota:rotaMessages'] li");
    private static final String BARISTA_TRAINED = "roles:1";

    @Test
    void staffAutoFillTheWeekGridSeeAHighlightedGapWithItsReasonAndOpenTheEasyReadRota() {
        String week = RotaApiChecks.week(10);
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/staff/rota.xhtml?week=" + week);
            assertThat(browser.heading()).isEqualTo("Café rota");
            assertThat(browser.text("publishState")).isEqualTo("Not published yet: volunteers cannot see this week.");
            assertThat(browser.all(PEOPLE)).as("nobody is on the week yet").isEmpty();

            browser.press("rota:autoFill", PEOPLE);

            assertThat(browser.text("rota:rotaMessages"))
                    .startsWith("Auto-fill placed")
                    .contains("still open; ");
            List<String> reasonsShown = browser.all(GAPS).stream()
                    .map(gap -> gap.findElement(By.className("gap-reason")).getText())
                    .toList();
            List<String> reasonsKept = shifts(rotaAs("staff", week)).stream()
                    .flatMap(shift -> shortOf(shift).stream())
                    .map(gap -> gap.getString("reason"))
                    .toList();
            assertThat(reasonsShown)
                    .isNotEmpty()
                    .containsExactlyElementsOf(reasonsKept)
                    .contains("No one trained for kitchen is free on Saturday afternoon.");
            WebElement gap = browser.all(GAPS).get(0);
            assertThat(gap.getText()).contains("One open place");
            assertThat(gap.getCssValue("background-color")).as("highlighted").isEqualTo("rgba(255, 244, 220, 1)");
            assertThat(browser.all(PEOPLE)).hasSizeGreaterThan(30);

            browser.follow("rota:easyReadLink");

            assertThat(browser.path()).isEqualTo("/rota/easy-read.xhtml");
            assertThat(browser.heading()).startsWith("Café rota for the week starting ");
            assertThat(browser.text("notPublished")).startsWith("Not published yet.");
            assertThat(browser.pageText())
                    .contains(
                            "morning, half past eight to half past twelve",
                            "afternoon, half past twelve to half past four",
                            "Making coffee",
                            "Job coach",
                            "Nobody yet")
                    .doesNotContain("08:30", "SUPERVISOR_JOB_COACH");
            List<WebElement> lines = browser.all(By.cssSelector(".easy-person"));
            assertThat(lines).hasSizeGreaterThan(30).allSatisfy(line -> {
                WebElement picture = line.findElement(By.cssSelector("svg.role-picture"));
                assertThat(picture.getAttribute("role")).isEqualTo("img");
                assertThat(picture.getAttribute("aria-label")).isNotBlank();
            });
        }
    }

    @Test
    void staffMoveSomeoneOnTheGridAndARefusedMoveSaysWhyAndChangesNothing() {
        String week = RotaApiChecks.week(11);
        long maggie = memberId("Maggie Byrne");
        long sam = memberId("Sam Kelly");
        String shiftId = coachAndBaristaOnTheFirstMorning(week, maggie, sam);
        String row = "#shift-" + shiftId.replaceAll("[^A-Za-z0-9]", "-");

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff")
                    .open("/staff/rota.xhtml?week=" + week)
                    .press(By.cssSelector(row + " .rota-cell--supervisor-job-coach .person"), By.id("rota:takeOff"))
                    .press(By.id("rota:takeOff"), MESSAGE);

            assertThat(browser.text("rota:rotaMessages"))
                    .isEqualTo("Without Maggie Byrne on " + dayAndPart(shiftId)
                            + ", there would not be enough job coaches for the members who need one.");
            assertThat(assigned(firstWeekdayMorning(rotaAs("staff", week)), "supervisor_job_coach"))
                    .containsExactly(maggie);

            By moveHere = By.cssSelector(row + " .rota-cell--front-of-house input[id$='moveHere']");
            browser.press(
                            By.cssSelector(row + " .rota-cell--barista .person"),
                            By.cssSelector(".selection .button--warning[value='Take Sam Kelly off this shift']"))
                    .press(moveHere, By.cssSelector(row + " .rota-cell--front-of-house .person"))
                    .waitForText("rota:rotaMessages", "The rota is changed: Sam Kelly: ");

            assertMovedFromBaristaToFrontOfHouse(browser, week, row, sam);
            assertThat(browser.all(By.cssSelector(row + " .rota-cell--barista .person")))
                    .isEmpty();
        }
    }

    @Test
    void staffDragSomeoneToAnotherPlaceAndADropThatBreaksARuleSaysWhyAndChangesNothing() {
        String week = RotaApiChecks.week(14);
        long maggie = memberId("Maggie Byrne");
        long sam = memberId("Sam Kelly");
        String shiftId = coachAndBaristaOnTheFirstMorning(week, maggie, sam);
        String row = "#shift-" + shiftId.replaceAll("[^A-Za-z0-9]", "-");

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/staff/rota.xhtml?week=" + week);

            browser.drag(
                            By.cssSelector(row + " .rota-cell--supervisor-job-coach .person"),
                            By.cssSelector(row + " .rota-cell--kitchen .rota-drop"))
                    .waitForText("rota:rotaMessages", "Maggie Byrne");

            assertThat(browser.text("rota:rotaMessages")).isEqualTo("Maggie Byrne is not trained for kitchen.");
            assertThat(assigned(firstWeekdayMorning(rotaAs("staff", week)), "supervisor_job_coach"))
                    .containsExactly(maggie);

            browser.drag(
                            By.cssSelector(row + " .rota-cell--barista .person"),
                            By.cssSelector(row + " .rota-cell--front-of-house .rota-drop"))
                    .waitForText("rota:rotaMessages", "The rota is changed: Sam Kelly: ");

            assertMovedFromBaristaToFrontOfHouse(browser, week, row, sam);
        }
    }

    @Test
    void theCafeTeamUsualWeekSettingsAndTodayPagesHaveNoSeriousAccessibilityViolations() {
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff");
            for (String page : new String[] {
                "/staff/cafe-team.xhtml",
                "/staff/cafe-member.xhtml",
                "/staff/cafe-member.xhtml?id=" + memberId("Sam Kelly"),
                "/staff/cafe-pattern.xhtml",
                "/staff/cafe-settings.xhtml",
                "/staff/today.xhtml"
            }) {
                browser.open(page);
                assertThat(browser.seriousAccessibilityViolations()).as(page).isEmpty();
            }
        }
    }

    /** The coach and the barista on the week's first weekday morning: that shift's id. */
    private static String coachAndBaristaOnTheFirstMorning(String week, long coach, long barista) {
        String shiftId = firstWeekdayMorning(rotaAs("staff", week)).getString("id");
        placed(week, coach, shiftId, "supervisor_job_coach");
        placed(week, barista, shiftId, "barista");
        return shiftId;
    }

    /** Sam shows front of house on the grid's row, and the rota the hub keeps has them there and not as barista. */
    private static void assertMovedFromBaristaToFrontOfHouse(Browser browser, String week, String row, long sam) {
        assertThat(browser.driver()
                        .findElement(By.cssSelector(row + " .rota-cell--front-of-house .person"))
                        .getAttribute("value"))
                .isEqualTo("Sam Kelly");
        JsonObject moved = firstWeekdayMorning(rotaAs("staff", week));
        assertThat(assigned(moved, "front_of_house")).containsExactly(sam);
        assertThat(assigned(moved, "barista")).isEmpty();
    }

    private static String dayAndPart(String shiftId) {
        java.time.LocalDate date = java.time.LocalDate.parse(shiftId.substring(0, 10));
        return date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " morning";
    }

    @Test
    void aShiftThatHasStartedIsNotOfferedFromTheVolunteersPage() {
        String week = RotaApiChecks.week(15);
        String shiftId = coachAndBaristaOnTheFirstMorning(week, memberId("Maggie Byrne"), memberId("Sam Kelly"));
        published(week);
        String line = "my-" + shiftId.replaceAll("[^A-Za-z0-9]", "-");
        By offer = By.cssSelector("#" + line + " input[value='Offer this shift to someone else']");

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("sam");
            try (ServerClock pinned =
                    ServerClock.pinAt(LocalDateTime.parse(shiftId).minusMinutes(5))) {
                browser.open("/volunteer/shifts.xhtml");
                assertThat(browser.all(offer)).as("still to come").hasSize(1);
            }
            try (ServerClock pinned =
                    ServerClock.pinAt(LocalDateTime.parse(shiftId).plusMinutes(30))) {
                browser.open("/volunteer/shifts.xhtml");
                assertThat(browser.text(line)).contains("half past eight to half past twelve");
                assertThat(browser.all(offer)).as("started: nothing to offer").isEmpty();
            }
        }
    }

    @Test
    void aVolunteerSeesTheirPublishedShiftsOffersOneAndCannotOpenTheStaffGrid() {
        String week = RotaApiChecks.week(12);
        long maggie = memberId("Maggie Byrne");
        long sam = memberId("Sam Kelly");
        String shiftId = coachAndBaristaOnTheFirstMorning(week, maggie, sam);
        published(week);
        String line = "my-" + shiftId.replaceAll("[^A-Za-z0-9]", "-");

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("sam").open("/volunteer/shifts.xhtml");
            assertThat(browser.heading()).isEqualTo("My shifts");
            assertThat(browser.text("myFeeds"))
                    .contains("Your shifts in your phone's calendar")
                    .doesNotContainIgnoringCase("feed")
                    .doesNotContain("address");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#myFeeds .rotate-feed"))
                            .getAttribute("value"))
                    .isEqualTo("Make a new link");
            assertThat(browser.text(line))
                    .contains(dayAndPart(shiftId) + ", half past eight to half past twelve", "Making coffee");

            browser.submit(By.cssSelector("#" + line + " input[value='Offer this shift to someone else']"));

            assertThat(browser.pageText()).contains("Shift offered. Someone else on the team can take it now.");
            assertThat(browser.text(line)).contains("You offered this shift. Waiting for someone to take it.");

            browser.follow("easyReadThisWeek");
            assertThat(browser.driver().getCurrentUrl()).contains("member=" + sam);
            assertThat(browser.heading()).isEqualTo("Café shifts for Sam Kelly");
            browser.open("/rota/easy-read.xhtml?week=" + week + "&member=" + maggie);
            assertThat(browser.pageText())
                    .contains("You can open your own page of shifts only.")
                    .doesNotContain("Maggie Byrne");
            assertThat(browser.all(By.cssSelector(".easy-sheet"))).isEmpty();

            browser.open("/rota/easy-read.xhtml?week=" + RotaApiChecks.week(13));
            assertThat(browser.pageText())
                    .contains("The café rota for week " + RotaApiChecks.week(13) + " is not published yet.");
            assertThat(browser.all(By.cssSelector(".easy-person"))).isEmpty();

            browser.open("/staff/rota.xhtml");
            assertThat(browser.heading()).isEqualTo("You can't open this page");
        }
        assertThat(HubClient.array(HUB.get("/api/rota/swaps", "alex", HubClient.DEMO_PASSWORD))
                        .getValuesAs(JsonObject.class))
                .anySatisfy(swap -> {
                    assertThat(swap.getString("shiftId")).isEqualTo(shiftId);
                    assertThat(swap.getJsonObject("offeredBy").getString("name"))
                            .isEqualTo("Sam Kelly");
                    assertThat(swap.getString("status")).isEqualTo("offered");
                });
    }

    @Test
    void staffAddSomeoneOnTheTeamPageAndEachFieldGotWrongSaysWhyBesideItAndNothingIsSaved() {
        int before = RotaApiChecks.members().size();
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/staff/cafe-team.xhtml");
            assertThat(browser.heading()).isEqualTo("Caf\u00e9 team");
            assertThat(browser.text("team")).contains("Sam Kelly", "Needs a job coach on shift", "alex");

            browser.follow("addMember");
            assertThat(browser.heading()).isEqualTo("Add someone to the caf\u00e9 team");
            browser.type("maxHoursPerWeek", "75").tick(BARISTA_TRAINED).submit("save");

            assertThat(browser.text("name-error")).isEqualTo("Enter the person's name.");
            assertThat(browser.text("maxHoursPerWeek-error"))
                    .isEqualTo("The most hours a week must be more than 0 and no more than 60.");
            assertThat(RotaApiChecks.members()).as("nothing saved").hasSize(before);

            browser.type("name", "Nell Foster")
                    .type("maxHoursPerWeek", "7.5")
                    .tick("needsJobCoach")
                    .tick("prefersSameShifts")
                    .tick("days:6:can")
                    .fill("days:6:from", "11:00")
                    .fill("days:6:until", "09:00")
                    .submit("save");

            assertThat(browser.text("days:6:problem"))
                    .isEqualTo("Sunday: The time they must leave must be after the time they can start.");
            assertThat(browser.text("name-error")).isEmpty();
            assertThat(browser.pageText()).contains("There is a problem. Check the fields marked below.");
            assertThat(RotaApiChecks.members()).as("nothing saved").hasSize(before);

            browser.fill("days:6:from", "09:00").fill("days:6:until", "11:00");
            LocalDate away = LocalDate.now(HubTime.ZONE).plusMonths(2);
            browser.press("addAway", By.id("awayRows:0:first"))
                    .fill("awayRows:0:first", away.plusDays(4).toString())
                    .fill("awayRows:0:last", away.toString())
                    .submit("save");

            assertThat(browser.text("awayRows:0:problem"))
                    .as("beside the days it is about")
                    .isEqualTo("The last day away cannot be before the first day away.");
            assertThat(RotaApiChecks.members()).as("nothing saved").hasSize(before);

            browser.fill("awayRows:0:first", away.toString())
                    .fill("awayRows:0:last", away.plusDays(4).toString())
                    .submit("save");

            assertThat(browser.path()).isEqualTo("/staff/cafe-team.xhtml");
            assertThat(browser.pageText()).contains("Nell Foster is on the caf\u00e9 team now.");
            assertThat(browser.text("team")).contains("Nell Foster");
        }
        JsonObject nell = RotaApiChecks.members().stream()
                .filter(member -> member.getString("name").equals("Nell Foster"))
                .findFirst()
                .orElseThrow();
        assertThat(nell.getJsonArray("roles").toString()).isEqualTo("[\"barista\"]");
        assertThat(nell.getJsonNumber("maxHoursPerWeek").bigDecimalValue()).isEqualByComparingTo("7.5");
        assertThat(nell.getBoolean("needsJobCoach")).isTrue();
        assertThat(nell.getBoolean("prefersSameShifts")).isTrue();
        assertThat(nell.getJsonArray("availability").getJsonObject(0).toString())
                .isEqualTo("{\"day\":\"sunday\",\"from\":\"09:00:00\",\"until\":\"11:00:00\"}");
        assertThat(nell.getJsonArray("rotaBy").toString()).isEqualTo("[\"easy_read_print\"]");
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/staff/cafe-member.xhtml?id=" + nell.getJsonNumber("id"));
            LocalDate away = LocalDate.now(HubTime.ZONE).plusMonths(2);
            assertThat(browser.value("awayRows:0:first")).isEqualTo(away.toString());
            assertThat(browser.value("awayRows:0:last"))
                    .isEqualTo(away.plusDays(4).toString());
        }
    }

    @Test
    void staffChangeTheUsualWeekAndTheSupportRatioOnTheirPagesAndWhatIsWrongIsRefusedWithTheReason() {
        String pattern = HubClient.array(HUB.get("/api/rota/pattern", "staff", HubClient.DEMO_PASSWORD))
                .toString();
        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/staff/cafe-pattern.xhtml");
            assertThat(browser.heading()).isEqualTo("The caf\u00e9's usual week");
            assertThat(browser.all(By.cssSelector(".pattern-line"))).hasSize(12);

            browser.press("addLine", By.id("line:12:day"))
                    .choose("line:12:day", "Sunday")
                    .fill("line:12:start", "11:00")
                    .fill("line:12:end", "10:00")
                    .type("line:12:role:1:places", "1")
                    .submit("savePattern");

            assertThat(browser.text("line:12:problem"))
                    .isEqualTo("Shift 13: A shift must end after it starts, on the same day.");
            assertThat(HubClient.array(HUB.get("/api/rota/pattern", "staff", HubClient.DEMO_PASSWORD))
                            .toString())
                    .as("nothing saved")
                    .isEqualTo(pattern);

            browser.fill("line:12:end", "12:00").submit("savePattern");

            assertThat(browser.pageText()).contains("The usual week is saved.");
            assertThat(HubClient.array(HUB.get("/api/rota/pattern", "staff", HubClient.DEMO_PASSWORD))
                            .getValuesAs(JsonObject.class))
                    .hasSize(13)
                    .last()
                    .satisfies(sunday -> {
                        assertThat(sunday.getString("day")).isEqualTo("sunday");
                        assertThat(sunday.getString("start")).isEqualTo("11:00:00");
                        assertThat(sunday.getJsonObject("places").toString()).isEqualTo("{\"barista\":1}");
                    });

            browser.open("/staff/cafe-settings.xhtml");
            assertThat(browser.heading()).isEqualTo("Caf\u00e9 rota settings");
            browser.type("membersPerJobCoach", "0").submit("saveSettings");

            assertThat(browser.text("membersPerJobCoach-error"))
                    .isEqualTo("One job coach can support from 1 to 10 members who need one.");
            assertThat(RotaApiChecks.settings().getInt("membersPerJobCoach"))
                    .as("nothing saved")
                    .isEqualTo(2);

            browser.type("membersPerJobCoach", "3").submit("saveSettings");

            assertThat(browser.pageText())
                    .contains("Settings saved. One job coach supports up to 3 members who need one.");
            assertThat(RotaApiChecks.settings().getInt("membersPerJobCoach")).isEqualTo(3);
        } finally {
            assertThat(HUB.put("/api/rota/pattern", pattern, "staff").statusCode())
                    .isEqualTo(200);
            RotaApiChecks.oneJobCoachSupports(2);
        }
    }

    @Test
    void anEventBookedInTheCafeShowsOnTheGridAndStaffChooseTheJobsItNeeds() {
        String week = RotaApiChecks.week(25);
        LocalDate day = RotaApiChecks.openWeekday(week);
        HttpResponse<String> booked = postBooking("staff", """
                {"roomId": %d, "title": "Harvest lunch", "type": "event", "visibility": "public", "expectedAttendance": 40,
                 "start": "%sT12:00", "end": "%sT14:00"}
                """.formatted(BookingsApiChecks.roomId("cafe"), day, day));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        String shiftId = day + "T12:00-booking-"
                + HubClient.object(booked).getJsonNumber("id").longValue();
        String row = "#shift-" + shiftId.replaceAll("[^A-Za-z0-9]", "-");

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/staff/rota.xhtml?week=" + week);
            WebElement lunch = browser.driver().findElement(By.cssSelector(row));
            assertThat(lunch.getText()).contains("Harvest lunch", "Booked event", "12:00\u201314:00");

            browser.press(By.cssSelector(row + " input[id$='changePlaces']"), By.id("rota:places"))
                    .type("rota:placeRole:2:newPlaces", "2")
                    .type("rota:placeRole:3:newPlaces", "0")
                    .press(By.id("rota:savePlaces"), MESSAGE);

            assertThat(browser.text("rota:rotaMessages"))
                    .startsWith("The places on ")
                    .endsWith(" are changed.");
            assertThat(browser.driver()
                            .findElement(By.cssSelector(row + " .rota-cell--kitchen"))
                            .getText())
                    .contains("2 open places");
        }
        JsonObject shift = shifts(rotaAs("staff", week)).stream()
                .filter(one -> one.getString("id").equals(shiftId))
                .findFirst()
                .orElseThrow();
        assertThat(places(shift))
                .extracting(place -> place.getString("role") + " " + place.getInt("required"))
                .containsExactly("supervisor_job_coach 1", "kitchen 2");
    }

    @Test
    void todayAtTheHubListsTheCafePlacesStillOpenTodayWithTheReasonAndLinksToTheRota() {
        LocalDateTime morning = TestDates.fromToday().ordinaryMorning();
        LocalDate today = morning.toLocalDate();
        String week = RotaWeek.containing(today).toString();
        String dayName = today.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);

        try (ServerClock pinned = ServerClock.pinAt(morning);
                Browser browser = new Browser(HUB)) {
            HttpResponse<String> tasting = HUB.post("/api/rota/" + week + "/shifts", """
                    {"date": "%s", "start": "17:00", "end": "18:00", "title": "Evening tasting", "places": {"kitchen": 1}}
                    """.formatted(today), "staff");
            assertThat(tasting.statusCode()).as(tasting.body()).isEqualTo(201);

            browser.signIn("staff").open("/staff/today.xhtml");

            assertThat(browser.pageText()).contains("Caf\u00e9 today");
            WebElement tastingGap = browser.all(By.cssSelector("#cafeGaps li")).stream()
                    .filter(gap -> gap.getText().contains("Evening tasting"))
                    .findFirst()
                    .orElseThrow();
            assertThat(tastingGap.findElement(By.className("cafe-gap__what")).getText())
                    .isEqualTo("Evening, 17:00\u201318:00 (Evening tasting): Kitchen");
            assertThat(tastingGap.findElement(By.className("gap-count")).getText())
                    .isEqualTo("One open place.");
            assertThat(tastingGap.findElement(By.className("gap-reason")).getText())
                    .isEqualTo("No one trained for kitchen is free on " + dayName + " evening.");

            browser.follow("cafeRotaLink");

            assertThat(browser.path()).isEqualTo("/staff/rota.xhtml");
            assertThat(browser.text("weekHeading"))
                    .startsWith("Week " + RotaWeek.containing(today).getWeek() + ":");
            assertThat(browser.pageText()).contains("Evening tasting");
        }
    }

    @Test
    void staffApproveASwapFromTheGridAndAddAOneOffShiftToTheWeek() {
        String week = RotaApiChecks.week(17);
        long maggie = memberId("Maggie Byrne");
        long sam = memberId("Sam Kelly");
        long alex = memberId("Alex Morgan");
        String shiftId = coachAndBaristaOnTheFirstMorning(week, maggie, sam);
        published(week);
        String swap = swapOffered(week, shiftId, "sam");
        HttpResponse<String> taken = HUB.post(swap + "/take", "", "alex");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        LocalDate wednesday = RotaWeek.parse(week).getMonday().plusDays(2);

        try (Browser browser = new Browser(HUB)) {
            browser.signIn("staff").open("/staff/rota.xhtml?week=" + week);
            assertThat(browser.text("swaps")).contains("Sam Kelly", "Alex Morgan");

            browser.press(By.cssSelector("#swaps input[id$='approveSwap']"), MESSAGE)
                    .waitForText("rota:rotaMessages", "Swap approved: the rota is changed.");

            assertThat(browser.all(By.cssSelector("#swaps li"))).isEmpty();
            assertThat(assigned(firstWeekdayMorning(rotaAs("staff", week)), "barista"))
                    .containsExactly(alex);

            browser.fill("date", wednesday.toString())
                    .fill("start", "12:00")
                    .fill("end", "14:00")
                    .type("title", "Community lunch");
            browser.driver()
                    .findElements(By.cssSelector(".extra-shift .places-grid input"))
                    .get(0)
                    .sendKeys("1");
            browser.submit("addShift");

            assertThat(browser.text("rota:rotaMessages")).isEqualTo("Shift added.");
        }
        assertThat(shifts(rotaAs("staff", week)))
                .filteredOn(shift -> "Community lunch".equals(shift.getString("title", null)))
                .singleElement()
                .satisfies(lunch -> assertThat(lunch.getString("date")).isEqualTo(wednesday.toString()));
    }
}

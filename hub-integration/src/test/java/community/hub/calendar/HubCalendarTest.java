package community.hub.calendar;

import static community.hub.InMemory.withId;
import static org.assertj.core.api.Assertions.assertThat;

import community.hub.HubTime;
import community.hub.booking.ActivityType;
import community.hub.booking.Booking;
import community.hub.booking.BookingRequest;
import community.hub.booking.BookingRules;
import community.hub.booking.BookingStatus;
import community.hub.booking.Cancellation;
import community.hub.booking.Recurrence;
import community.hub.booking.Slot;
import community.hub.booking.TestChanges;
import community.hub.booking.Visibility;
import community.hub.room.Room;
import community.hub.room.TestRoom;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** Feeds built from bookings and read back with a parser, property by property (SPEC §5). */
class HubCalendarTest {

    private static final Instant NOW = Instant.parse("2027-09-01T12:00:00Z");
    private static final String INSTALLATION = "5f0c2a9e-7d1b-4c55-9a63-0b8f3e2d4c11";
    private static final HubCalendar CALENDARS = new HubCalendar(
            new HubCalendar.Publisher("Fleetwood Community Hub", INSTALLATION, "hello@hub.example"),
            FeedWords.english());
    private static final FeedDescription HUB =
            new FeedDescription("What's on at the hub", "Public activities", FeedContent.PUBLIC_ONLY);
    private static final FeedDescription ROOM =
            new FeedDescription("Youth Hall", "Everything in the Youth Hall", FeedContent.ROOM);
    private static final FeedDescription OWN =
            new FeedDescription("Youth Service bookings", "All our bookings", FeedContent.FULL);

    private static Room youthHall() {
        return TestRoom.named("youth-hall", "Youth Hall", 60)
                .turnaround(15)
                .hourlyRates("35.00", "20.00")
                .open(8, 21, DayOfWeek.FRIDAY, DayOfWeek.TUESDAY)
                .saved(3L);
    }

    private static Booking booking(
            long id, String title, Visibility visibility, LocalDateTime start, int hours, Recurrence rule) {
        BookingRequest request = new BookingRequest();
        request.setRoomId(3L);
        request.setTitle(title);
        request.setType(ActivityType.YOUTH_WORK);
        request.setVisibility(visibility);
        request.setDescription("Pool, music and games.");
        request.setAudience(Set.of("young people 11-18"));
        request.setExpectedAttendance(30);
        request.setStart(start);
        request.setEnd(start.plusHours(hours));
        request.setRecurrence(rule);
        List<Slot> slots = BookingRules.slots(request);
        Booking booking = new Booking(
                request, youthHall(), null, slots, BookingStatus.CONFIRMED, "staff", NOW.minusSeconds(3600));
        return withId(booking, id);
    }

    private static Calendar parse(String feed) throws Exception {
        return new CalendarBuilder().build(new StringReader(feed));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT);
    }

    private static String value(PropertyContainer component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Booking youthClubAcrossTheClockChange() {
        return booking(
                7,
                "Youth club",
                Visibility.PUBLIC,
                LocalDateTime.of(2027, 10, 22, 18, 0),
                2,
                Recurrence.weeklyTimes(1, 4, DayOfWeek.FRIDAY));
    }

    @Test
    void aFeedHasEverythingCalendarAppsNeedInRfc5545Form() throws Exception {
        String feed = CALENDARS.build(HUB, List.of(youthClubAcrossTheClockChange()), NOW);

        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(feed.split("\r\n"))
                .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .as(line)
                        .isLessThanOrEqualTo(75));
        assertThat(feed.replace("\r\n", "")).doesNotContain("\n");
        Calendar calendar = parse(feed);
        assertThat(value(calendar, "VERSION")).isEqualTo("2.0");
        assertThat(value(calendar, "PRODID")).contains("Community Hub");
        assertThat(value(calendar, "METHOD")).isEqualTo("PUBLISH");
        assertThat(value(calendar, "NAME")).isEqualTo("What's on at the hub");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("What's on at the hub");
        assertThat(value(calendar, "REFRESH-INTERVAL")).isEqualTo("PT1H");
        assertThat(value(calendar, "X-PUBLISHED-TTL")).isEqualTo("PT1H");
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE))
                .singleElement()
                .satisfies(zone -> assertThat(value(zone, "TZID")).isEqualTo("Europe/London"));
        assertThat(feed)
                .as("the rules in force, not the zone's history")
                .doesNotContain("1847", "LMT", "BDST")
                .containsOnlyOnce("BEGIN:DAYLIGHT")
                .containsOnlyOnce("BEGIN:STANDARD");
        assertThat(events(calendar))
                .allSatisfy(event -> assertThat(value(event, "ORGANIZER")).isEqualTo("mailto:hello@hub.example"));
        assertThat(feed.replace("\r\n ", "")).contains("ORGANIZER;CN=Fleetwood Community Hub:mailto:hello@hub.example");
    }

    @Test
    void anotherInstallationGivesTheSameBookingAnotherUidAndNoOrganizerWithoutAContactEmail() throws Exception {
        HubCalendar another = new HubCalendar(
                new HubCalendar.Publisher("Another Hub", "0d4f7b8e-1111-4a2b-8c3d-222233334444", null),
                FeedWords.english());

        VEvent here = events(parse(CALENDARS.build(HUB, List.of(youthClubAcrossTheClockChange()), NOW)))
                .get(0);
        VEvent there = events(parse(another.build(HUB, List.of(youthClubAcrossTheClockChange()), NOW)))
                .get(0);

        assertThat(value(there, "UID"))
                .isEqualTo("booking-7@0d4f7b8e-1111-4a2b-8c3d-222233334444")
                .isNotEqualTo(value(here, "UID"));
        assertThat(there.getProperty("ORGANIZER")).isEmpty();
    }

    @Test
    void aSeriesIsOneEventWithARuleThatKeepsItsClockTimeAcrossTheClockChange() throws Exception {
        Calendar calendar = parse(CALENDARS.build(HUB, List.of(youthClubAcrossTheClockChange()), NOW));

        VEvent series = events(calendar).get(0);
        assertThat(events(calendar)).hasSize(1);
        assertThat(value(series, "UID")).isEqualTo("booking-7@" + INSTALLATION);
        assertThat(series.getProperty("DTSTART")
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Europe/London");
        assertThat(value(series, "DTSTART")).isEqualTo("20271022T180000");
        assertThat(value(series, "RRULE")).contains("FREQ=WEEKLY", "BYDAY=FR", "COUNT=4");
        List<ZonedDateTime> starts = series
                .<ZonedDateTime>calculateRecurrenceSet(new net.fortuna.ical4j.model.Period<>(
                        ZonedDateTime.parse("2027-10-01T00:00:00Z"), ZonedDateTime.parse("2027-12-01T00:00:00Z")))
                .stream()
                .map(net.fortuna.ical4j.model.Period::getStart)
                .toList();
        assertThat(starts)
                .extracting(start -> start.withZoneSameInstant(HubTime.ZONE).toLocalTime())
                .containsOnly(LocalTime.of(18, 0));
        assertThat(starts)
                .extracting(start -> start.toInstant())
                .contains(Instant.parse("2027-10-22T17:00:00Z"), Instant.parse("2027-11-05T18:00:00Z"));
        assertThat(value(series, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(series, "DESCRIPTION")).contains("Pool, music and games.", "For: young people 11-18");
        assertThat(value(series, "LOCATION")).isEqualTo("Youth Hall, Fleetwood Community Hub");
    }

    @Test
    void aCancelledDateIsExcludedAndAMovedDateOverridesTheSeries() throws Exception {
        Booking club = youthClubAcrossTheClockChange();
        club.dates().cancel(LocalDate.of(2027, 10, 29), Cancellation.byHub("staff", NOW));
        club.dates()
                .move(
                        LocalDate.of(2027, 11, 5),
                        youthHall(),
                        new Slot(LocalDate.of(2027, 11, 9), LocalTime.of(17, 0), LocalTime.of(19, 0)),
                        "staff",
                        NOW);

        Calendar calendar = parse(CALENDARS.build(HUB, List.of(club), NOW));

        VEvent series = events(calendar).get(0);
        assertThat(value(series, "EXDATE")).isEqualTo("20271029T180000");
        assertThat(series.getProperty("EXDATE")
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Europe/London");
        assertThat(value(series, "SEQUENCE")).isEqualTo("2");
        VEvent moved = events(calendar).get(1);
        assertThat(value(moved, "UID")).isEqualTo(value(series, "UID"));
        assertThat(value(moved, "RECURRENCE-ID")).isEqualTo("20271105T180000");
        assertThat(value(moved, "DTSTART")).isEqualTo("20271109T170000");
        assertThat(value(moved, "SEQUENCE")).isEqualTo("2");
    }

    @Test
    void aSeriesChangedFromOneDateOnEndsItsRuleBeforeThatDateAndTheChangedDatesAreAnEventOfTheirOwn() throws Exception {
        Booking club = youthClubAcrossTheClockChange();
        club.dates().cancel(LocalDate.of(2027, 10, 29), Cancellation.byHub("staff", NOW));
        BookingRequest tuesdays = TestChanges.retimed(
                club,
                LocalDateTime.of(2027, 11, 9, 17, 0),
                LocalDateTime.of(2027, 11, 9, 19, 0),
                Recurrence.weeklyTimes(1, 3, DayOfWeek.TUESDAY));
        Booking continuation = withId(
                TestChanges.continuedFrom(
                        club, LocalDate.of(2027, 11, 5), tuesdays, youthHall(), BookingStatus.CONFIRMED, "staff", NOW),
                8L);

        Calendar calendar = parse(CALENDARS.build(HUB, List.of(continuation, club), NOW));

        assertThat(events(calendar))
                .extracting(event -> value(event, "UID"))
                .containsExactly("booking-7@" + INSTALLATION, "booking-8@" + INSTALLATION);
        VEvent before = events(calendar).get(0);
        assertThat(value(before, "RRULE"))
                .contains("FREQ=WEEKLY", "BYDAY=FR", "UNTIL=20271104T180000Z")
                .doesNotContain("COUNT");
        assertThat(value(before, "EXDATE")).isEqualTo("20271029T180000");
        assertThat(value(before, "SEQUENCE")).isEqualTo("2");
        VEvent after = events(calendar).get(1);
        assertThat(value(after, "DTSTART")).isEqualTo("20271109T170000");
        assertThat(value(after, "RRULE")).contains("BYDAY=TU", "COUNT=3");
        assertThat(value(after, "SEQUENCE")).isEqualTo("0");
        net.fortuna.ical4j.model.Period<ZonedDateTime> autumn = new net.fortuna.ical4j.model.Period<>(
                ZonedDateTime.parse("2027-10-01T00:00:00Z"), ZonedDateTime.parse("2027-12-31T00:00:00Z"));
        assertThat(events(calendar).stream()
                        .flatMap(event -> event.<ZonedDateTime>calculateRecurrenceSet(autumn).stream())
                        .map(period -> period.getStart()
                                .withZoneSameInstant(HubTime.ZONE)
                                .toLocalDateTime())
                        .sorted())
                .containsExactly(
                        LocalDateTime.of(2027, 10, 22, 18, 0),
                        LocalDateTime.of(2027, 11, 9, 17, 0),
                        LocalDateTime.of(2027, 11, 16, 17, 0),
                        LocalDateTime.of(2027, 11, 23, 17, 0));
    }

    @Test
    void aCancelledBookingStaysCancelledForThirtyDaysThenLeaves() throws Exception {
        Booking club = youthClubAcrossTheClockChange();
        club.cancel(Cancellation.byHub("staff", NOW));

        Calendar soon = parse(CALENDARS.build(HUB, List.of(club), NOW.plusSeconds(86_400 * 29)));
        Calendar later = parse(CALENDARS.build(
                HUB, List.of(club), NOW.plus(HubCalendar.KEEP_CANCELLED).plusSeconds(60)));

        assertThat(events(soon)).singleElement().satisfies(event -> {
            assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
            assertThat(value(event, "SEQUENCE")).isEqualTo("1");
        });
        assertThat(events(later)).isEmpty();
    }

    @Test
    void privateBookingsAreLeftOutOfTheHubFeedAndMaskedInTheRoomFeed() throws Exception {
        Booking supervision = booking(
                9,
                "Safeguarding supervision for Jo",
                Visibility.PRIVATE,
                LocalDateTime.of(2027, 10, 26, 10, 0),
                1,
                null);
        Booking club = youthClubAcrossTheClockChange();

        String hubFeed = CALENDARS.build(HUB, List.of(supervision, club), NOW);
        String roomFeed = CALENDARS.build(ROOM, List.of(supervision, club), NOW);
        String ownFeed = CALENDARS.build(OWN, List.of(supervision, club), NOW);

        assertThat(hubFeed).doesNotContain("Safeguarding", "booking-9@");
        assertThat(roomFeed).doesNotContain("Safeguarding", "Jo", "Pool, music").contains("Room in use", "Youth club");
        assertThat(events(parse(roomFeed)))
                .filteredOn(event -> value(event, "UID").equals("booking-9@" + INSTALLATION))
                .singleElement()
                .satisfies(event -> {
                    assertThat(value(event, "SUMMARY")).isEqualTo("Room in use");
                    assertThat(event.getProperty("DESCRIPTION")).isEmpty();
                    assertThat(event.getProperty("CATEGORIES")).isEmpty();
                });
        assertThat(ownFeed).contains("Safeguarding supervision for Jo");
    }

    @Test
    void aVolunteersShiftsAreEventsInHubTimeWithStableUids() throws Exception {
        FeedDescription mine = new FeedDescription("My café shifts", "Your shifts", FeedContent.FULL);
        List<CalendarShift> shifts = List.of(
                new CalendarShift(
                        "2027-10-30T08:30-barista-4",
                        LocalDate.of(2027, 10, 30),
                        LocalTime.of(8, 30),
                        LocalTime.of(12, 30),
                        "Café shift: barista"),
                new CalendarShift(
                        "2027-11-01T12:30-kitchen-4",
                        LocalDate.of(2027, 11, 1),
                        LocalTime.of(12, 30),
                        LocalTime.of(16, 30),
                        "Café shift: kitchen"));

        Instant published = Instant.parse("2027-10-25T16:00:00Z");
        String feed = CALENDARS.buildShifts(mine, shifts, published);

        assertThat(feed).isEqualTo(CALENDARS.buildShifts(mine, shifts, published));
        assertThat(events(parse(feed)))
                .as("stamped when the feed last changed, not at the shift's future start")
                .allSatisfy(event -> assertThat(value(event, "DTSTAMP")).isEqualTo("20271025T160000Z"));
        assertThat(events(parse(feed)))
                .extracting(
                        event -> value(event, "UID") + " " + value(event, "DTSTART") + " " + value(event, "SUMMARY"))
                .containsExactly(
                        "shift-2027-10-30T08:30-barista-4@" + INSTALLATION + " 20271030T083000 Café shift: barista",
                        "shift-2027-11-01T12:30-kitchen-4@" + INSTALLATION + " 20271101T123000 Café shift: kitchen");
    }

    @Test
    void eventsRememberedFromEarlierBuildsGiveTheWholeBuildsBytesAndAChangedBookingIsWrittenAgain() {
        HubCalendar remembering = new HubCalendar(
                new HubCalendar.Publisher("Fleetwood Community Hub", INSTALLATION, "hello@hub.example"),
                FeedWords.english(),
                EventTexts.upTo(1_000_000));
        Booking supervision = booking(
                9, "Safeguarding supervision", Visibility.PRIVATE, LocalDateTime.of(2027, 10, 26, 10, 0), 1, null);
        Booking longTitle = booking(
                11,
                "Seaside community history group: old photographs, maps and memories of Fleetwood's fishing fleet, shared",
                Visibility.PUBLIC,
                LocalDateTime.of(2027, 10, 27, 14, 0),
                2,
                null);
        Booking club = youthClubAcrossTheClockChange();
        List<Booking> bookings = List.of(supervision, longTitle, club);

        for (FeedDescription feed : List.of(HUB, ROOM, OWN)) {
            String first = remembering.build(feed, bookings, NOW);
            assertThat(first).as(feed.name()).isEqualTo(CALENDARS.build(feed, bookings, NOW));
            assertThat(remembering.build(feed, bookings, NOW)).isEqualTo(first);
        }
        assertThat(remembering.build(HUB, bookings, NOW)).as("a folded title").contains("\r\n ");

        String before = remembering.build(HUB, bookings, NOW);
        club.dates().cancel(LocalDate.of(2027, 10, 29), Cancellation.byHub("staff", NOW.plusSeconds(60)));
        String after = remembering.build(HUB, bookings, NOW);
        assertThat(after)
                .isNotEqualTo(before)
                .contains("EXDATE;TZID=Europe/London:20271029T180000")
                .isEqualTo(CALENDARS.build(HUB, bookings, NOW));
    }

    @Test
    void theSameBookingsAlwaysGiveTheSameFeed() {
        assertThat(CALENDARS.build(HUB, List.of(youthClubAcrossTheClockChange()), NOW))
                .isEqualTo(CALENDARS.build(HUB, List.of(youthClubAcrossTheClockChange()), NOW.plusSeconds(600)));
    }
}

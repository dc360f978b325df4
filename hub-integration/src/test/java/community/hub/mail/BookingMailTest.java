package community.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.booking.ActivityType;
import community.hub.booking.Booking;
import community.hub.booking.BookingRequest;
import community.hub.booking.BookingRules;
import community.hub.booking.BookingStatus;
import community.hub.booking.Cancellation;
import community.hub.booking.HubDecision;
import community.hub.booking.Recurrence;
import community.hub.booking.Visibility;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationDetails;
import community.hub.organisation.OrganisationType;
import community.hub.room.OpeningHours;
import community.hub.room.RateBand;
import community.hub.room.Room;
import community.hub.room.RoomDetails;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The booking emails as people read them, composed from bookings built in memory (no container, no mail server). */
class BookingMailTest {

    private static final Instant NOW = Instant.parse("2027-06-01T09:00:00Z");
    private static final List<String> TO = List.of("camhs.bookings@nhs.example", "camhs.admin@nhs.example");
    private static final BookingMail MAIL =
            new BookingMail("coordinator@hub.example", "Fleetwood Community Hub", Locale.UK);

    private static Room meetingRoom() {
        RoomDetails details = new RoomDetails();
        details.setSlug("meeting-room");
        details.setName("Meeting Room");
        details.setFloor("First floor");
        details.setCapacity(12);
        details.setTurnaroundMinutes(0);
        details.setMinimumBookingMinutes(30);
        details.setMaximumBookingMinutes(480);
        details.setStandardHourlyRate(new BigDecimal("20.00"));
        details.setCommunityHourlyRate(new BigDecimal("10.00"));
        details.setOpeningHours(Arrays.stream(DayOfWeek.values())
                .map(day -> new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(21, 0)))
                .toList());
        return withId(new Room(details), Room.class, 7L);
    }

    private static Organisation camhs() {
        OrganisationDetails details = new OrganisationDetails();
        details.setName("NHS CAMHS");
        details.setType(OrganisationType.NHS);
        details.setRateBand(RateBand.STANDARD);
        details.setMonthlyIncludedHours(0);
        details.setBookingWindowDays(180);
        details.setContactEmail("camhs.bookings@nhs.example");
        return withId(new Organisation(details), Organisation.class, 3L);
    }

    private static <T> T withId(T entity, Class<T> type, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException impossible) {
            throw new AssertionError(impossible);
        }
    }

    private static Booking booking(
            String title, LocalDateTime start, int hours, Recurrence rule, BookingStatus status) {
        BookingRequest request = new BookingRequest();
        request.setRoomId(7L);
        request.setTitle(title);
        request.setType(ActivityType.MEETING);
        request.setVisibility(Visibility.PRIVATE);
        request.setAudience(Set.of());
        request.setExpectedAttendance(6);
        request.setStart(start);
        request.setEnd(start.plusHours(hours));
        request.setRecurrence(rule);
        Booking booking = new Booking(
                request, meetingRoom(), camhs(), BookingRules.slots(request), status, "camhs", NOW.minusSeconds(3600));
        return withId(booking, Booking.class, 4321L);
    }

    private static MailMessage compose(HubDecision news, Booking booking) {
        return MAIL.compose(news, booking, TO, "CAMHS team administrator", NOW);
    }

    @Test
    void anApprovalSaysWhatWhereAndWhenInUkTimeAndWhomToAsk() {
        Booking booking =
                booking("CAMHS team meeting", LocalDateTime.of(2027, 7, 13, 17, 0), 1, null, BookingStatus.PENDING);
        booking.approve("staff", NOW);

        MailMessage mail = compose(HubDecision.approved(booking), booking);

        assertThat(mail.recipients()).containsExactlyElementsOf(TO);
        assertThat(mail.subject()).isEqualTo("Booking approved: CAMHS team meeting");
        assertThat(mail.body())
                .startsWith("Hello NHS CAMHS,\n")
                .contains("The hub has approved your request to use Meeting Room for \"CAMHS team meeting\".")
                .contains("What: CAMHS team meeting (meeting)\n")
                .contains("Where: Meeting Room, First floor, Fleetwood Community Hub\n")
                .contains("When: Tuesday 13 July 2027, 17:00 to 18:00\n")
                .contains("Booked for NHS CAMHS, asked for by CAMHS team administrator; booking number 4321.")
                .contains("All times are UK time.")
                .contains("write to the hub coordinators at coordinator@hub.example.")
                .endsWith("Best wishes,\nFleetwood Community Hub\n")
                .doesNotContain("reason");
    }

    @Test
    void aDeclineGivesTheReason() {
        Booking booking =
                booking("Parents' evening", LocalDateTime.of(2027, 7, 14, 18, 0), 2, null, BookingStatus.PENDING);
        booking.decline("  The room is needed for a clinic that evening.  ", "staff", NOW);

        MailMessage mail = compose(HubDecision.declined(booking), booking);

        assertThat(mail.subject()).isEqualTo("Booking request declined: Parents' evening");
        assertThat(mail.body())
                .contains(
                        "The hub has declined your request to use Meeting Room for \"Parents' evening\". The room is not booked for you.")
                .contains("The reason the hub gave: The room is needed for a clinic that evening.\n")
                .contains("Dates you asked for: Wednesday 14 July 2027, 18:00 to 20:00\n");
    }

    @Test
    void aDeclinedChangeOfASeriesFromOneDateSaysTheSeriesKeepsItsDates() {
        Booking series = booking(
                "CAMHS group",
                LocalDateTime.of(2027, 7, 6, 10, 0),
                1,
                Recurrence.weeklyTimes(1, 4, DayOfWeek.TUESDAY),
                BookingStatus.CONFIRMED);
        BookingRequest later = BookingRequest.of(series);
        later.setStart(LocalDateTime.of(2027, 7, 20, 11, 0));
        later.setEnd(LocalDateTime.of(2027, 7, 20, 12, 0));
        later.setRecurrence(Recurrence.weeklyTimes(1, 2, DayOfWeek.TUESDAY));
        Booking change = withId(
                series.changes()
                        .continueFrom(
                                LocalDate.of(2027, 7, 20),
                                later,
                                meetingRoom(),
                                BookingRules.slots(later),
                                BookingStatus.PENDING,
                                "camhs",
                                NOW),
                Booking.class,
                4322L);
        change.decline("The room is needed for a clinic at eleven.", "staff", NOW);

        MailMessage mail = compose(HubDecision.declined(change), change);

        assertThat(mail.body())
                .contains("The reason the hub gave: The room is needed for a clinic at eleven.\n")
                .contains(
                        "This was a change to booking number 4321 from Tuesday 20 July 2027 on. That booking stays as it was: "
                                + "its dates from then on are still booked for you at their usual times.\n")
                .contains("Tuesday 20 July 2027, 11:00 to 12:00");
        assertThat(mail.subject()).isEqualTo("Change declined: CAMHS group");
        assertThat(compose(HubDecision.declined(series), series).body()).doesNotContain("This was a change");
    }

    @Test
    void aDeclinedMoveOfAConfirmedBookingSaysTheBookingStaysAsItWas() {
        Booking workshop =
                booking("Parent workshop", LocalDateTime.of(2027, 7, 13, 10, 0), 1, null, BookingStatus.CONFIRMED);
        BookingRequest afternoon = BookingRequest.of(workshop);
        afternoon.setStart(LocalDateTime.of(2027, 7, 13, 14, 0));
        afternoon.setEnd(LocalDateTime.of(2027, 7, 13, 15, 0));
        Booking move = withId(
                workshop.changes().requestMove(afternoon, meetingRoom(), BookingRules.slots(afternoon), "camhs", NOW),
                Booking.class,
                4323L);
        move.decline("The room is needed for a clinic that afternoon.", "staff", NOW);

        MailMessage mail = compose(HubDecision.declined(move), move);

        assertThat(mail.subject()).isEqualTo("Change declined: Parent workshop");
        assertThat(mail.body())
                .contains(
                        "The hub has declined the change you asked for to \"Parent workshop\": the new times below are not booked for you.")
                .contains("The reason the hub gave: The room is needed for a clinic that afternoon.\n")
                .contains(
                        "This was a change to booking number 4321. That booking stays as it was: its dates are still booked for you "
                                + "at their usual times.\n")
                .contains("Dates you asked for: Tuesday 13 July 2027, 14:00 to 15:00\n")
                .doesNotContain("The room is not booked for you");
    }

    @Test
    void aDeclinedMoveOfOneDateSaysThatDateStaysWhereItWas() {
        Booking series = booking(
                "CAMHS group",
                LocalDateTime.of(2027, 7, 6, 10, 0),
                1,
                Recurrence.weeklyTimes(1, 4, DayOfWeek.TUESDAY),
                BookingStatus.CONFIRMED);
        Booking move = withId(
                series.changes()
                        .requestDateMove(
                                LocalDate.of(2027, 7, 13),
                                meetingRoom(),
                                new community.hub.booking.Slot(
                                        LocalDate.of(2027, 7, 13), LocalTime.of(16, 0), LocalTime.of(17, 0)),
                                "camhs",
                                NOW),
                Booking.class,
                4324L);
        move.decline("The room is cleaned at four.", "staff", NOW);

        assertThat(compose(HubDecision.declined(move), move).body())
                .contains(
                        "This was a change to Tuesday 13 July 2027 of "
                                + "booking number 4321. That booking stays as it was: that date is still booked for you at its usual time.\n");
    }

    @Test
    void anApprovedMoveOfOneDateGivesItsNewTime() {
        Booking series = booking(
                "CAMHS group",
                LocalDateTime.of(2027, 7, 6, 10, 0),
                1,
                Recurrence.weeklyTimes(1, 4, DayOfWeek.TUESDAY),
                BookingStatus.CONFIRMED);
        Booking move = withId(
                series.changes()
                        .requestDateMove(
                                LocalDate.of(2027, 7, 13),
                                meetingRoom(),
                                new community.hub.booking.Slot(
                                        LocalDate.of(2027, 7, 13), LocalTime.of(16, 0), LocalTime.of(17, 0)),
                                "camhs",
                                NOW),
                Booking.class,
                4324L);
        Booking moved = move.approve("staff", NOW);

        MailMessage mail = compose(HubDecision.moveApproved(moved, move), moved);

        assertThat(mail.subject()).isEqualTo("Change approved: CAMHS group");
        assertThat(mail.body())
                .contains(
                        "The hub has approved the change you asked for to \"CAMHS group\". The room is booked for you "
                                + "at the new times below.")
                .contains("When: Tuesday 13 July 2027, 16:00 to 17:00\n")
                .contains("booking number 4321.");
    }

    @Test
    void aSeriesListsEachDateAtItsWallClockTimeAcrossTheClockChange() {
        Booking booking = booking(
                "Friday group",
                LocalDateTime.of(2027, 10, 22, 10, 0),
                1,
                Recurrence.weeklyTimes(1, 3, DayOfWeek.FRIDAY),
                BookingStatus.PENDING);
        booking.approve("staff", NOW);

        MailMessage mail = compose(HubDecision.approved(booking), booking);

        assertThat(mail.body()).contains("""
                When:
                  - Friday 22 October 2027, 10:00 to 11:00
                  - Friday 29 October 2027, 10:00 to 11:00
                  - Friday 5 November 2027, 10:00 to 11:00
                """);
    }

    @Test
    void cancellingTheWholeBookingListsTheDatesStillToComeThatItCalledOff() {
        Booking booking = booking(
                "Weekly drop-in",
                LocalDateTime.of(2027, 5, 18, 17, 0),
                1,
                Recurrence.weeklyTimes(1, 5, DayOfWeek.TUESDAY),
                BookingStatus.CONFIRMED);
        booking.dates().cancel(LocalDate.of(2027, 6, 8), new Cancellation("camhs", NOW, true, Duration.ofHours(48)));
        booking.cancel(Cancellation.byHub("staff", NOW));

        MailMessage mail = compose(HubDecision.cancelledByHub(booking), booking);

        assertThat(mail.subject()).isEqualTo("Booking cancelled by the hub: Weekly drop-in");
        assertThat(mail.body())
                .contains("The hub has cancelled your booking of Meeting Room for \"Weekly drop-in\".")
                .contains("""
                        Dates cancelled:
                          - Tuesday 1 June 2027, 17:00 to 18:00
                          - Tuesday 15 June 2027, 17:00 to 18:00
                        """)
                .as("past, and cancelled before")
                .doesNotContain("25 May", "18 May", "8 June");
    }

    @Test
    void cancellingOneDateNamesThatDateAndSaysTheOthersStand() {
        Booking booking = booking(
                "Weekly drop-in",
                LocalDateTime.of(2027, 6, 1, 17, 0),
                1,
                Recurrence.weeklyTimes(1, 3, DayOfWeek.TUESDAY),
                BookingStatus.CONFIRMED);
        booking.dates().cancel(LocalDate.of(2027, 6, 8), Cancellation.byHub("staff", NOW));

        MailMessage mail = compose(HubDecision.dateCancelledByHub(booking, LocalDate.of(2027, 6, 8)), booking);

        assertThat(mail.subject()).isEqualTo("Date cancelled by the hub: Weekly drop-in on Tuesday 8 June 2027");
        assertThat(mail.body())
                .contains(
                        "cancelled one date of your booking of Meeting Room for \"Weekly drop-in\": Tuesday 8 June 2027. Your other dates stand.")
                .contains("Date cancelled: Tuesday 8 June 2027, 17:00 to 18:00\n")
                .doesNotContain("1 June", "15 June");
    }

    @Test
    void cancellingFromADateListsThatDateAndTheLaterOnes() {
        Booking booking = booking(
                "Weekly drop-in",
                LocalDateTime.of(2027, 6, 1, 17, 0),
                1,
                Recurrence.weeklyTimes(1, 4, DayOfWeek.TUESDAY),
                BookingStatus.CONFIRMED);
        booking.dates().cancelFrom(LocalDate.of(2027, 6, 15), Cancellation.byHub("staff", NOW));

        MailMessage mail = compose(HubDecision.datesCancelledByHubFrom(booking, LocalDate.of(2027, 6, 15)), booking);

        assertThat(mail.subject()).isEqualTo("Dates cancelled by the hub: Weekly drop-in from Tuesday 15 June 2027");
        assertThat(mail.body())
                .contains("from Tuesday 15 June 2027 on. Any dates before then stand.")
                .contains("""
                        Dates cancelled:
                          - Tuesday 15 June 2027, 17:00 to 18:00
                          - Tuesday 22 June 2027, 17:00 to 18:00
                        """)
                .doesNotContain("1 June", "8 June");
    }

    @Test
    void aLongSeriesListsTwentyDatesAndSaysHowManyMore() {
        Booking booking = booking(
                "Daily huddle",
                LocalDateTime.of(2027, 6, 7, 9, 0),
                1,
                Recurrence.weeklyTimes(1, 25, DayOfWeek.MONDAY),
                BookingStatus.PENDING);
        booking.approve("staff", NOW);

        MailMessage mail = compose(HubDecision.approved(booking), booking);

        assertThat(mail.body().lines().filter(line -> line.startsWith("  - ") && line.contains("09:00")))
                .hasSize(BookingMail.MOST_DATES_LISTED);
        assertThat(mail.body()).contains("  - and 5 more dates\n");
    }

    @Test
    void withNoContactAddressItSaysToReply() {
        Booking booking =
                booking("CAMHS team meeting", LocalDateTime.of(2027, 7, 13, 17, 0), 1, null, BookingStatus.PENDING);
        booking.approve("staff", NOW);

        MailMessage mail = new BookingMail(" ", "Fleetwood Community Hub", Locale.UK)
                .compose(HubDecision.approved(booking), booking, TO, "camhs", NOW);

        assertThat(mail.body())
                .contains("If you have a question, reply to this email.\n")
                .doesNotContain("write to");
    }

    @Test
    void eachAddressGetsOneCopyWhateverItsCase() {
        assertThat(BookingMail.recipients(
                        "camhs.bookings@nhs.example",
                        null,
                        " ",
                        "Camhs.Bookings@NHS.example ",
                        "camhs.admin@nhs.example"))
                .containsExactly("camhs.bookings@nhs.example", "camhs.admin@nhs.example");
        assertThat(BookingMail.recipients(null, null)).isEmpty();
    }

    @Test
    void aFailedSendWaitsTwiceAsLongEachTimeButNeverOverAnHour() {
        Duration first = Duration.ofSeconds(60);

        assertThat(MailSettings.backoff(first, 1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailSettings.backoff(first, 2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailSettings.backoff(first, 4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(MailSettings.backoff(first, 7)).isEqualTo(Duration.ofHours(1));
        assertThat(MailSettings.backoff(first, 1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anOutboxEntryIsDueAtOnceAndKeepsWithinItsColumns() {
        MailMessage message = new MailMessage(TO, "x".repeat(300), "y".repeat(9000));

        OutgoingMail mail = new OutgoingMail(4321L, message, NOW);

        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.getRecipients()).containsExactlyElementsOf(TO);
        assertThat(mail.getSubject()).hasSize(200);
        assertThat(mail.getBody()).hasSize(8000);
    }
}

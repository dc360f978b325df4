package community.hub.mail;

import static community.hub.InMemory.withId;
import static org.assertj.core.api.Assertions.assertThat;

import community.hub.booking.ActivityType;
import community.hub.booking.Booking;
import community.hub.booking.BookingRequest;
import community.hub.booking.BookingRules;
import community.hub.booking.BookingStatus;
import community.hub.booking.Cancellation;
import community.hub.booking.HubDecision;
import community.hub.booking.Recurrence;
import community.hub.booking.Slot;
import community.hub.booking.TestChanges;
import community.hub.booking.Visibility;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationDetails;
import community.hub.organisation.OrganisationType;
import community.hub.room.RateBand;
import community.hub.room.Room;
import community.hub.room.TestRoom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
        return TestRoom.named("meeting-room", "Meeting Room", 12)
                .floor("First floor")
                .hourlyRates("20.00", "10.00")
                .openDaily(8, 21)
                .saved(7L);
    }

    private static Organisation camhs() {
        OrganisationDetails details = new OrganisationDetails();
        details.setName("NHS CAMHS");
        details.setType(OrganisationType.NHS);
        details.setRateBand(RateBand.STANDARD);
        details.setMonthlyIncludedHours(0);
        details.setBookingWindowDays(180);
        details.setContactEmail("camhs.bookings@nhs.example");
        return withId(new Organisation(details), 3L);
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
        return withId(booking, 4321L);
    }

    /** An hour on the given day of the week, so many weeks running. */
    private static Booking weekly(String title, LocalDateTime first, int times, BookingStatus status) {
        return booking(title, first, 1, Recurrence.weeklyTimes(1, times, first.getDayOfWeek()), status);
    }

    /** The weekly drop-in, Tuesdays 17:00-18:00 from 1 June 2027, so many times, confirmed. */
    private static Booking dropInFromFirstJune(int times) {
        return weekly("Weekly drop-in", LocalDateTime.of(2027, 6, 1, 17, 0), times, BookingStatus.CONFIRMED);
    }

    /** The CAMHS group, Tuesdays 10:00-11:00 from 6 July 2027, four times, confirmed. */
    private static Booking camhsGroup() {
        return weekly("CAMHS group", LocalDateTime.of(2027, 7, 6, 10, 0), 4, BookingStatus.CONFIRMED);
    }

    /** The group's 13 July asked for at 16:00-17:00 instead. */
    private static Booking askToMoveThe13thToFour(Booking group) {
        LocalDate thirteenth = LocalDate.of(2027, 7, 13);
        Booking move = group.changes()
                .moves()
                .requestDateMove(
                        thirteenth,
                        meetingRoom(),
                        new Slot(thirteenth, LocalTime.of(16, 0), LocalTime.of(17, 0)),
                        "camhs",
                        NOW);
        return withId(move, 4324L);
    }

    /** The mail saying the hub declined the booking for the reason, which it now does. */
    private static MailMessage decline(Booking booking, String reason) {
        booking.decline(reason, "staff", NOW);
        return compose(HubDecision.declined(booking), booking);
    }

    /** The mail saying the hub approved the booking, which it now does. */
    private static MailMessage approve(Booking booking) {
        booking.approve("staff", NOW);
        return compose(HubDecision.approved(booking), booking);
    }

    private static MailMessage compose(HubDecision news, Booking booking) {
        return MAIL.compose(news, booking, TO, "CAMHS team administrator", NOW);
    }

    @Test
    void anApprovalSaysWhatWhereAndWhenInUkTimeAndWhomToAsk() {
        Booking booking =
                booking("CAMHS team meeting", LocalDateTime.of(2027, 7, 13, 17, 0), 1, null, BookingStatus.PENDING);

        MailMessage mail = approve(booking);

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
        MailMessage mail = decline(booking, "  The room is needed for a clinic that evening.  ");

        assertThat(mail.subject()).isEqualTo("Booking request declined: Parents' evening");
        assertThat(mail.body())
                .contains(
                        "The hub has declined your request to use Meeting Room for \"Parents' evening\". The room is not booked for you.")
                .contains("The reason the hub gave: The room is needed for a clinic that evening.\n")
                .contains("Dates you asked for: Wednesday 14 July 2027, 18:00 to 20:00\n");
    }

    @Test
    void aDeclinedChangeOfASeriesFromOneDateSaysTheSeriesKeepsItsDates() {
        Booking series = camhsGroup();
        BookingRequest later = TestChanges.retimed(
                series,
                LocalDateTime.of(2027, 7, 20, 11, 0),
                LocalDateTime.of(2027, 7, 20, 12, 0),
                Recurrence.weeklyTimes(1, 2, DayOfWeek.TUESDAY));
        Booking change = withId(
                TestChanges.continuedFrom(
                        series, LocalDate.of(2027, 7, 20), later, meetingRoom(), BookingStatus.PENDING, "camhs", NOW),
                4322L);

        MailMessage mail = decline(change, "The room is needed for a clinic at eleven.");

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
        BookingRequest afternoon = TestChanges.retimed(
                workshop, LocalDateTime.of(2027, 7, 13, 14, 0), LocalDateTime.of(2027, 7, 13, 15, 0), null);
        Booking move = withId(
                workshop.changes()
                        .moves()
                        .requestMove(afternoon, meetingRoom(), BookingRules.slots(afternoon), "camhs", NOW),
                4323L);

        MailMessage mail = decline(move, "The room is needed for a clinic that afternoon.");

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
        Booking move = askToMoveThe13thToFour(camhsGroup());
        assertThat(decline(move, "The room is cleaned at four.").body())
                .contains(
                        "This was a change to Tuesday 13 July 2027 of "
                                + "booking number 4321. That booking stays as it was: that date is still booked for you at its usual time.\n");
    }

    @Test
    void anApprovedMoveOfOneDateGivesItsNewTime() {
        Booking move = askToMoveThe13thToFour(camhsGroup());
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
        Booking booking = weekly("Friday group", LocalDateTime.of(2027, 10, 22, 10, 0), 3, BookingStatus.PENDING);

        MailMessage mail = approve(booking);

        assertThat(mail.body()).contains("""
                When:
                  - Friday 22 October 2027, 10:00 to 11:00
                  - Friday 29 October 2027, 10:00 to 11:00
                  - Friday 5 November 2027, 10:00 to 11:00
                """);
    }

    @Test
    void cancellingTheWholeBookingListsTheDatesStillToComeThatItCalledOff() {
        Booking booking = weekly("Weekly drop-in", LocalDateTime.of(2027, 5, 18, 17, 0), 5, BookingStatus.CONFIRMED);
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
        Booking booking = dropInFromFirstJune(3);
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
        Booking booking = dropInFromFirstJune(4);
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
        Booking booking = weekly("Daily huddle", LocalDateTime.of(2027, 6, 7, 9, 0), 25, BookingStatus.PENDING);

        MailMessage mail = approve(booking);

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

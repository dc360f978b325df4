package community.hub.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.room.Room;
import community.hub.room.TestRoom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The booking rules without a database, in the hub's words. */
class BookingRulesTest {

    private static final Instant NOW = HubTime.instant(LocalDate.of(2027, 1, 1), LocalTime.NOON);

    static Room clinic(long id) {
        return TestRoom.named("clinic-1", "Clinic Room 1", 4)
                .turnaround(15)
                .hourlyRates("28.00", "18.00")
                .open(
                        8,
                        21,
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY)
                .open(9, 17, DayOfWeek.SATURDAY)
                .saved(id);
    }

    static BookingRequest request(String title, LocalDateTime start, LocalDateTime end) {
        BookingRequest request = new BookingRequest();
        request.setRoomId(1L);
        request.setTitle(title);
        request.setType(ActivityType.CLINIC);
        request.setExpectedAttendance(2);
        request.setStart(start);
        request.setEnd(end);
        return request;
    }

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2027, month, day, hour, minute);
    }

    private static Booking booked(Room room, BookingRequest request) {
        return new Booking(request, room, null, BookingRules.slots(request), BookingStatus.CONFIRMED, "staff", NOW);
    }

    @Test
    void aWeeklyClassKeepsItsWallClockTimeWhenTheClocksGoBack() {
        BookingRequest yoga = request("Chair yoga", at(10, 19, 10, 0), at(10, 19, 11, 0));
        yoga.setRecurrence(Recurrence.weeklyTimes(1, 3, DayOfWeek.TUESDAY));

        List<Slot> slots = BookingRules.slots(yoga);

        assertThat(slots).extracting(Slot::start).containsOnly(LocalTime.of(10, 0));
        assertThat(slots.get(0).startsAt()).isEqualTo(Instant.parse("2027-10-19T09:00:00Z"));
        assertThat(slots.get(2).startsAt()).isEqualTo(Instant.parse("2027-11-02T10:00:00Z"));
        assertThat(Duration.between(slots.get(0).startsAt(), slots.get(1).startsAt()))
                .isEqualTo(Duration.ofHours(168));
        assertThat(Duration.between(slots.get(1).startsAt(), slots.get(2).startsAt()))
                .as("across 31 October")
                .isEqualTo(Duration.ofHours(169));
    }

    @Test
    void theTurnaroundKeepsTheRoomFreeAfterEachOccurrence() {
        Room clinic = clinic(1);
        Booking morning = booked(clinic, request("Morning clinic", at(3, 2, 9, 0), at(3, 2, 12, 0)));

        List<Slot> tooSoon = BookingRules.slots(request("Physio", at(3, 2, 12, 10), at(3, 2, 13, 0)));
        List<Slot> afterTurnaround = BookingRules.slots(request("Physio", at(3, 2, 12, 15), at(3, 2, 13, 0)));
        List<Slot> justBefore = BookingRules.slots(request("Early", at(3, 2, 8, 0), at(3, 2, 8, 45)));

        assertThat(BookingRules.clashes(
                        clinic,
                        tooSoon,
                        morning.getOccurrences(),
                        List.of(),
                        booking -> booking.getActivity().getTitle()))
                .singleElement()
                .satisfies(clash -> {
                    assertThat(clash.cause()).isEqualTo(Clash.Cause.BOOKED);
                    assertThat(clash.with()).isEqualTo("Morning clinic");
                    assertThat(clash.start()).isEqualTo(at(3, 2, 12, 10));
                });
        assertThat(BookingRules.clashes(
                        clinic,
                        afterTurnaround,
                        morning.getOccurrences(),
                        List.of(),
                        booking -> booking.getActivity().getTitle()))
                .isEmpty();
        assertThat(BookingRules.clashes(
                        clinic,
                        justBefore,
                        morning.getOccurrences(),
                        List.of(),
                        booking -> booking.getActivity().getTitle()))
                .as("8:45 plus 15 minutes turnaround touches 9:00 but does not overlap it")
                .isEmpty();
    }

    @Test
    void aSeriesListsEveryClashingDateAndCanKeepOnlyTheFreeOnes() {
        Room clinic = clinic(1);
        Booking oneOff = booked(clinic, request("Flu jabs", at(3, 9, 10, 0), at(3, 9, 12, 0)));
        Closure bankHoliday =
                new Closure(null, LocalDate.of(2027, 3, 23), LocalDate.of(2027, 3, 23), "Test bank holiday");
        BookingRequest weekly = request("Memory clinic", at(3, 2, 11, 0), at(3, 2, 13, 0));
        weekly.setRecurrence(Recurrence.weeklyTimes(1, 4, DayOfWeek.TUESDAY));
        List<Slot> wanted = BookingRules.slots(weekly);

        List<Clash> clashes =
                BookingRules.clashes(clinic, wanted, oneOff.getOccurrences(), List.of(bankHoliday), other -> null);

        assertThat(clashes)
                .extracting(clash -> clash.start().toLocalDate() + " " + clash.cause())
                .containsExactly("2027-03-09 BOOKED", "2027-03-23 CLOSED");
        assertThat(clashes.get(0).with()).as("a title the caller may not see").isNull();
        assertThat(clashes.get(1).with()).isEqualTo("Test bank holiday");
        assertThat(BookingRules.free(wanted, clashes))
                .extracting(Slot::date)
                .containsExactly(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 16));
    }

    @Test
    void aCancelledOrDeclinedBookingNoLongerHoldsItsRoom() {
        Room clinic = clinic(1);
        Booking booking = booked(clinic, request("Clinic", at(3, 2, 9, 0), at(3, 2, 12, 0)));
        BookingRequest second = request("Clinic", at(3, 2, 9, 0), at(3, 2, 12, 0));
        second.setRecurrence(Recurrence.weeklyTimes(1, 2, DayOfWeek.TUESDAY));
        Booking series = booked(clinic, second);

        booking.cancel(Cancellation.byHub("staff", NOW));
        series.dates().cancel(LocalDate.of(2027, 3, 2), Cancellation.byHub("staff", NOW));

        assertThat(booking.getOccurrences()).noneMatch(Occurrence::holdsRoom);
        assertThat(series.getOccurrences()).extracting(Occurrence::holdsRoom).containsExactly(false, true);
        assertThat(series.getSequence()).isEqualTo(1);
        assertThat(series.getHistory())
                .extracting(HistoryEntry::getKind)
                .containsExactly(HistoryEntry.Kind.BOOKED, HistoryEntry.Kind.DATE_CANCELLED);
    }

    @Test
    void aRequestIsApprovedOrDeclinedWithAReasonOnlyWhilePending() {
        Room clinic = clinic(1);
        BookingRequest request = request("Family support", at(3, 2, 9, 0), at(3, 2, 10, 0));
        Booking pending =
                new Booking(request, clinic, null, BookingRules.slots(request), BookingStatus.PENDING, "camhs", NOW);

        assertThat(pending.getOccurrences()).allMatch(Occurrence::holdsRoom);
        assertThatThrownBy(() -> pending.decline(" ", "staff", NOW)).isInstanceOf(Refusal.class);
        pending.decline("The room is needed for a clinic", "staff", NOW);
        assertThat(pending.getStatus()).isEqualTo(BookingStatus.DECLINED);
        assertThat(pending.getOccurrences()).noneMatch(Occurrence::holdsRoom);
        assertThatThrownBy(() -> pending.approve("staff", NOW))
                .isInstanceOf(Refusal.class)
                .hasMessage("Only a request waiting for a decision can be approved or declined.");
    }

    @Test
    void eachRuleOfTheRoomRefusesWithItsReason() {
        Room clinic = clinic(1);

        assertRefused(
                clinic,
                request("Late", at(3, 2, 20, 0), at(3, 2, 22, 0)),
                "start",
                "Clinic Room 1 is open on Tuesdays from 08:00 to 21:00. Choose times within them.");
        assertRefused(
                clinic,
                request("Sunday", at(3, 7, 10, 0), at(3, 7, 11, 0)),
                "start",
                "Clinic Room 1 is closed on Sundays.");
        assertRefused(
                clinic,
                request("Quick", at(3, 2, 10, 0), at(3, 2, 10, 15)),
                "end",
                "Bookings of Clinic Room 1 must last at least 30 minutes.");
        BookingRequest crowd = request("Crowd", at(3, 2, 10, 0), at(3, 2, 11, 0));
        crowd.setExpectedAttendance(30);
        assertRefused(
                clinic,
                crowd,
                "expectedAttendance",
                "Clinic Room 1 holds up to 4 people. Choose a bigger room or expect fewer people.");
        assertRefused(
                clinic,
                request("Past", LocalDateTime.of(2026, 12, 1, 10, 0), LocalDateTime.of(2026, 12, 1, 11, 0)),
                "start",
                "The start is in the past. Choose a time from now on.");
        clinic.retire();
        assertRefused(
                clinic,
                request("Retired", at(3, 2, 10, 0), at(3, 2, 11, 0)),
                "roomId",
                "Clinic Room 1 is no longer in use and cannot be booked.");
    }

    @Test
    void theEndMustComeAfterTheStartOnTheSameDay() {
        assertThatThrownBy(() -> BookingRules.slots(request("Backwards", at(3, 2, 11, 0), at(3, 2, 10, 0))))
                .isInstanceOf(Refusal.class)
                .hasMessage("The end must be after the start.");
        assertThatThrownBy(() -> BookingRules.slots(request("Overnight", at(3, 2, 20, 0), at(3, 3, 9, 0))))
                .isInstanceOf(Refusal.class)
                .hasMessage("A booking must start and end on the same day.");
    }

    private static void assertRefused(Room room, BookingRequest request, String field, String message) {
        List<Slot> slots = BookingRules.slots(request);
        assertThatThrownBy(() -> BookingRules.check(request, room, slots, NOW))
                .isInstanceOf(Refusal.class)
                .hasMessage(message)
                .satisfies(refusal -> assertThat(((Refusal) refusal).field()).isEqualTo(field));
    }

    @Test
    void changingABookingReplacesItsFutureDatesKeepingOneOccurrenceForEachDate() {
        Room clinic = clinic(1);
        BookingRequest weekly = request("Clinic", at(3, 2, 9, 0), at(3, 2, 12, 0));
        weekly.setRecurrence(Recurrence.weeklyTimes(1, 3, DayOfWeek.TUESDAY));
        Booking booking = booked(clinic, weekly);
        booking.dates().cancel(LocalDate.of(2027, 3, 9), Cancellation.byHub("staff", NOW));
        BookingRequest afternoons = request("Clinic", at(3, 2, 13, 0), at(3, 2, 15, 0));
        afternoons.setRecurrence(Recurrence.weeklyTimes(1, 2, DayOfWeek.TUESDAY));

        booking.reschedule(afternoons, clinic, BookingRules.slots(afternoons), "staff", NOW);

        assertThat(booking.getOccurrences())
                .extracting(Occurrence::getSeriesDate)
                .containsExactlyInAnyOrder(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 9));
        assertThat(booking.getOccurrences()).extracting(Occurrence::getStart).containsOnly(LocalTime.of(13, 0));
        assertThat(booking.getOccurrences()).allMatch(Occurrence::holdsRoom);
    }
}

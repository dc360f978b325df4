package community.hub.booking;

import static community.hub.Refused.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.room.Room;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Change this date and the following ones": a weekly class changes from one date on. The series splits, as calendar
 * apps do it: the booking ends before that date with its earlier dates as they were, and a new booking continuing it
 * holds the changed dates.
 */
class SeriesChangeTest {

    private static final Room CLINIC = BookingRulesTest.clinic(1);
    private static final Room OTHER_CLINIC = BookingRulesTest.clinic(2);
    private static final Instant BOOKED_AT = HubTime.instant(LocalDate.of(2027, 1, 4), LocalTime.NOON);
    /** The Monday before the third date. */
    private static final Instant NOW = HubTime.instant(LocalDate.of(2027, 3, 15), LocalTime.of(9, 0));

    private static final LocalDate THIRD = LocalDate.of(2027, 3, 16);

    private static LocalDate march(int day) {
        return LocalDate.of(2027, 3, day);
    }

    /** Tuesdays 10:00-12:00 from 2 March 2027, six times: 2, 9, 16, 23, 30 March and 6 April. */
    private static Booking tuesdayClass(BookingStatus status) {
        BookingRequest request = BookingRulesTest.request(
                "Chair yoga",
                LocalDateTime.of(march(2), LocalTime.of(10, 0)),
                LocalDateTime.of(march(2), LocalTime.of(12, 0)));
        request.setRecurrence(Recurrence.weeklyTimes(1, 6, DayOfWeek.TUESDAY));
        return new Booking(request, CLINIC, null, BookingRules.slots(request), status, "staff", BOOKED_AT);
    }

    /** The same class on Thursdays 14:00-16:00 from 18 March, until 8 April. */
    private static BookingRequest thursdaysFrom18March() {
        BookingRequest request = BookingRulesTest.request(
                "Chair yoga",
                LocalDateTime.of(march(18), LocalTime.of(14, 0)),
                LocalDateTime.of(march(18), LocalTime.of(16, 0)));
        request.setRoomId(2L);
        request.setRecurrence(Recurrence.weekly(1, LocalDate.of(2027, 4, 8), DayOfWeek.THURSDAY));
        return request;
    }

    private static Booking changeFromThird(Booking booking, BookingRequest request, Room room, BookingStatus status) {
        return TestChanges.continuedFrom(booking, THIRD, request, room, status, "staff", NOW);
    }

    @Test
    void theEarlierDatesStayAsTheyWereAndANewBookingCarriesTheChangedOnes() {
        Booking yoga = tuesdayClass(BookingStatus.CONFIRMED);

        Booking thursdays = changeFromThird(yoga, thursdaysFrom18March(), OTHER_CLINIC, BookingStatus.CONFIRMED);

        assertThat(yoga.getOccurrences()).extracting(Occurrence::getDate).containsExactly(march(2), march(9));
        assertThat(yoga.getOccurrences()).extracting(Occurrence::getStart).containsOnly(LocalTime.of(10, 0));
        assertThat(yoga.getSeries().getRecurrence().getUntil()).isEqualTo(march(15));
        assertThat(yoga.getSeries().getRecurrence().getCount()).isNull();
        assertThat(yoga.getSeries().getRecurrence().dates(yoga.getSeries().getFirstDate()))
                .as("the rule itself ends before the change")
                .containsExactly(march(2), march(9));
        assertThat(yoga.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(yoga.getSequence()).isEqualTo(1);

        assertThat(thursdays.getOccurrences())
                .extracting(Occurrence::getDate)
                .containsExactly(march(18), march(25), LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 8));
        assertThat(thursdays.getOccurrences()).allSatisfy(occurrence -> {
            assertThat(occurrence.getStart()).isEqualTo(LocalTime.of(14, 0));
            assertThat(occurrence.getRoom()).isSameAs(OTHER_CLINIC);
            assertThat(occurrence.holdsRoom()).isTrue();
            assertThat(occurrence.isMoved()).isFalse();
        });
        assertThat(thursdays.getRoom()).isSameAs(OTHER_CLINIC);
        assertThat(thursdays.getCreatedBy()).isEqualTo("staff");
        assertThat(thursdays.getSequence()).isZero();
    }

    @Test
    void bothBookingsKnowEachOtherAndSayWhatHappenedInTheirHistory() {
        Booking yoga = tuesdayClass(BookingStatus.CONFIRMED);

        Booking thursdays = changeFromThird(yoga, thursdaysFrom18March(), OTHER_CLINIC, BookingStatus.CONFIRMED);

        assertThat(thursdays.follows()).containsSame(yoga);
        assertThat(yoga.changes().getContinuations()).containsExactly(thursdays);
        assertThat(yoga.follows()).isEmpty();
        assertThat(yoga.getHistory())
                .extracting(HistoryEntry::getKind)
                .containsExactly(HistoryEntry.Kind.BOOKED, HistoryEntry.Kind.CONTINUED_AS);
        assertThat(yoga.getHistory().get(1).getDetail()).isEqualTo("2027-03-16");
        assertThat(thursdays.getHistory()).singleElement().satisfies(change -> {
            assertThat(change.getKind()).isEqualTo(HistoryEntry.Kind.CONTINUES);
            assertThat(change.getDetail()).isEqualTo("2027-03-16");
            assertThat(change.getChangedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aChangeOfRoomOnlyKeepsTheDatesAndTimesButIsItsOwnSeriesFromThatDate() {
        Booking yoga = tuesdayClass(BookingStatus.CONFIRMED);
        BookingRequest sameTimesOtherRoom = BookingRequest.of(yoga);
        sameTimesOtherRoom.setRoomId(2L);
        sameTimesOtherRoom.setStart(LocalDateTime.of(THIRD, LocalTime.of(10, 0)));
        sameTimesOtherRoom.setEnd(LocalDateTime.of(THIRD, LocalTime.of(12, 0)));
        sameTimesOtherRoom.setRecurrence(Recurrence.weeklyTimes(1, 4, DayOfWeek.TUESDAY));

        Booking moved = changeFromThird(yoga, sameTimesOtherRoom, OTHER_CLINIC, BookingStatus.CONFIRMED);

        assertThat(moved.getOccurrences())
                .extracting(Occurrence::getSeriesDate)
                .containsExactly(march(16), march(23), march(30), LocalDate.of(2027, 4, 6));
        assertThat(yoga.getOccurrences()).extracting(Occurrence::getSeriesDate).containsExactly(march(2), march(9));
    }

    @Test
    void theDatesTheSeriesGivesUpDoNotClashWithTheChangeButTheOnesItKeepsDo() {
        Booking yoga = tuesdayClass(BookingStatus.CONFIRMED);
        BookingRequest halfAnHourLater = BookingRulesTest.request(
                "Chair yoga",
                LocalDateTime.of(march(9), LocalTime.of(10, 30)),
                LocalDateTime.of(march(9), LocalTime.of(12, 30)));
        halfAnHourLater.setRecurrence(Recurrence.weeklyTimes(1, 3, DayOfWeek.TUESDAY));
        List<Slot> wanted = BookingRules.slots(halfAnHourLater);

        List<Occurrence> stillHolding = yoga.getOccurrences().stream()
                .filter(occurrence -> !yoga.changes().givesUpFrom(THIRD, occurrence))
                .toList();
        List<Clash> clashes = BookingRules.clashes(
                CLINIC,
                wanted,
                stillHolding,
                List.of(),
                booking -> booking.getActivity().getTitle());

        assertThat(clashes).singleElement().satisfies(clash -> {
            assertThat(clash.start()).isEqualTo(LocalDateTime.of(march(9), LocalTime.of(10, 30)));
            assertThat(clash.with()).isEqualTo("Chair yoga");
        });
    }

    @Test
    void datesAlreadyCalledOffStayWithTheBookingForHistoryAndCharges() {
        Booking yoga = tuesdayClass(BookingStatus.CONFIRMED);
        yoga.dates().cancel(march(9), Cancellation.byHub("staff", BOOKED_AT));
        yoga.dates()
                .cancel(
                        THIRD,
                        new Cancellation(
                                "camhs", HubTime.instant(march(15), LocalTime.of(8, 0)), true, Duration.ofHours(48)));

        changeFromThird(yoga, thursdaysFrom18March(), OTHER_CLINIC, BookingStatus.CONFIRMED);

        assertThat(yoga.getOccurrences())
                .extracting(Occurrence::getSeriesDate)
                .containsExactly(march(2), march(9), THIRD);
        assertThat(yoga.dates().on(THIRD).orElseThrow().isChargedLate())
                .as("called off late, still charged")
                .isTrue();
        assertThat(yoga.getOccurrences())
                .filteredOn(Occurrence::holdsRoom)
                .extracting(Occurrence::getSeriesDate)
                .containsExactly(march(2));
    }

    @Test
    void aRequestStillWaitingStaysWaitingAndAChangeThatNeedsApprovalWaitsForIt() {
        assertThat(tuesdayClass(BookingStatus.PENDING).changes().continuationStatus(false))
                .isEqualTo(BookingStatus.PENDING);
        assertThat(tuesdayClass(BookingStatus.CONFIRMED).changes().continuationStatus(true))
                .isEqualTo(BookingStatus.PENDING);
        assertThat(tuesdayClass(BookingStatus.CONFIRMED).changes().continuationStatus(false))
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aChangeWaitingForTheHubLeavesTheSeriesItsLaterDatesUntilItIsApproved() {
        Booking yoga = tuesdayClass(BookingStatus.CONFIRMED);

        Booking thursdays = changeFromThird(yoga, thursdaysFrom18March(), OTHER_CLINIC, BookingStatus.PENDING);

        assertThat(thursdays.getStatus()).isEqualTo(BookingStatus.PENDING);
        assertThat(thursdays.getOccurrences())
                .hasSize(4)
                .allSatisfy(occurrence -> assertThat(occurrence.holdsRoom()).isTrue());
        assertThat(thursdays.getChangeRequest().continuesFrom()).contains(THIRD);
        assertThat(yoga.getOccurrences())
                .as("the series keeps its later dates, and their slots, while the change waits")
                .hasSize(6)
                .allSatisfy(occurrence -> assertThat(occurrence.holdsRoom()).isTrue());
        assertThat(yoga.getSeries().getRecurrence().getCount()).isEqualTo(6);
        WaitingChange.assertWaitsBeside(yoga, thursdays);

        thursdays.approve("staff", NOW.plus(Duration.ofHours(1)));

        assertThat(thursdays.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(yoga.getOccurrences()).extracting(Occurrence::getDate).containsExactly(march(2), march(9));
        assertThat(yoga.getSeries().getRecurrence().getUntil()).isEqualTo(march(15));
        assertThat(yoga.getSeries().getRecurrence().getCount()).isNull();
        assertThat(yoga.getSequence()).isEqualTo(1);
        assertThat(yoga.getHistory())
                .extracting(HistoryEntry::getKind)
                .containsExactly(
                        HistoryEntry.Kind.BOOKED, HistoryEntry.Kind.CHANGE_REQUESTED, HistoryEntry.Kind.CONTINUED_AS);
        assertThat(yoga.changes().waiting()).isEmpty();
    }

    @Test
    void decliningAChangeLeavesTheSeriesAsItWasAndSaysWhy() {
        Booking yoga = tuesdayClass(BookingStatus.CONFIRMED);
        Booking thursdays = changeFromThird(yoga, thursdaysFrom18March(), OTHER_CLINIC, BookingStatus.PENDING);

        thursdays.decline(
                "Clinic Room 2 is kept for the flu clinic on Thursdays.", "staff", NOW.plus(Duration.ofHours(1)));

        assertThat(thursdays.getStatus()).isEqualTo(BookingStatus.DECLINED);
        assertThat(thursdays.getOccurrences()).noneMatch(Occurrence::holdsRoom);
        assertThat(yoga.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(yoga.getOccurrences())
                .extracting(Occurrence::getDate)
                .containsExactly(march(2), march(9), THIRD, march(23), march(30), LocalDate.of(2027, 4, 6));
        assertThat(yoga.getOccurrences()).allSatisfy(occurrence -> {
            assertThat(occurrence.getStart()).isEqualTo(LocalTime.of(10, 0));
            assertThat(occurrence.getRoom()).isSameAs(CLINIC);
            assertThat(occurrence.holdsRoom()).isTrue();
        });
        assertThat(yoga.getSeries().getRecurrence().getCount()).isEqualTo(6);
        assertThat(yoga.getSeries().getRecurrence().getUntil()).isNull();
        assertThat(yoga.getSequence()).as("calendars hear of the decision").isEqualTo(1);
        assertThat(yoga.getHistory().get(yoga.getHistory().size() - 1)).satisfies(change -> {
            assertThat(change.getKind()).isEqualTo(HistoryEntry.Kind.CHANGE_DECLINED);
            assertThat(change.getDetail())
                    .isEqualTo("2027-03-16: Clinic Room 2 is kept for the flu clinic on Thursdays.");
        });
        assertThat(yoga.changes().waiting()).isEmpty();
        assertThat(changeFromThird(yoga, thursdaysFrom18March(), OTHER_CLINIC, BookingStatus.PENDING)
                        .getOccurrences())
                .as("the series can be changed again")
                .hasSize(4);
    }

    @Test
    void whileAChangeWaitsTheSeriesCannotBeChangedAgain() {
        Booking yoga = tuesdayClass(BookingStatus.CONFIRMED);
        Booking thursdays = changeFromThird(yoga, thursdaysFrom18March(), OTHER_CLINIC, BookingStatus.PENDING);
        BookingRequest later = thursdaysFrom18March();
        later.setStart(LocalDateTime.of(march(25), LocalTime.of(14, 0)));
        later.setEnd(LocalDateTime.of(march(25), LocalTime.of(16, 0)));

        assertRefused(
                () -> TestChanges.continuedFrom(
                        yoga, march(23), later, OTHER_CLINIC, BookingStatus.CONFIRMED, "staff", NOW),
                Refusal.Kind.CONFLICT,
                "date",
                "A change of this booking from 2027-03-16 on is waiting for the hub to decide (booking "
                        + thursdays.getId()
                        + "). Wait for the decision, or cancel that request, before changing the booking again.");
        assertThat(yoga.changes().getContinuations()).containsExactly(thursdays);

        thursdays.cancel(new Cancellation("camhs", NOW, true, Duration.ofHours(48)));

        assertThat(yoga.changes().waiting())
                .as("a request called off no longer waits")
                .isEmpty();
        assertThat(yoga.getOccurrences()).hasSize(6);
    }

    @Test
    void aSeriesWithDatesThatHaveBegunChangesFromItsFirstDateNotBegun() {
        Booking yoga = tuesdayClass(BookingStatus.CONFIRMED);
        Instant duringTheSecond = HubTime.instant(march(9), LocalTime.of(10, 30));

        assertThat(yoga.dates().anyBegun(HubTime.instant(march(2), LocalTime.of(9, 59))))
                .isFalse();
        assertThat(yoga.dates().anyBegun(duringTheSecond)).isTrue();
        assertThat(yoga.dates().firstNotBegun(duringTheSecond)).contains(THIRD);
        assertThat(yoga.dates().firstNotBegun(NOW)).contains(THIRD);
        assertThat(yoga.dates().firstNotBegun(HubTime.instant(LocalDate.of(2027, 4, 6), LocalTime.of(10, 0))))
                .as("every date has begun")
                .isEmpty();

        yoga.dates().cancel(march(2), Cancellation.byHub("staff", BOOKED_AT));
        assertThat(yoga.dates().anyBegun(HubTime.instant(march(2), LocalTime.of(11, 0))))
                .as("only a date called off is past")
                .isFalse();
        yoga.dates()
                .move(
                        march(23),
                        CLINIC,
                        new Slot(march(12), LocalTime.of(10, 0), LocalTime.of(12, 0)),
                        "staff",
                        BOOKED_AT);
        assertThat(yoga.dates().firstNotBegun(NOW))
                .as("the date of 23 March, moved to the 12th, has begun")
                .contains(march(30));
    }

    @Test
    void aChangeThatCannotBeMadeIsRefusedWithItsReasonAndChangesNothing() {
        Booking yoga = tuesdayClass(BookingStatus.CONFIRMED);
        BookingRequest thursdays = thursdaysFrom18March();

        assertRefused(
                () -> yoga.changes().checkChangeFrom(march(2), march(18), NOW),
                Refusal.Kind.INVALID,
                "date",
                "2027-03-02 is the first date of this booking: change the whole booking instead.");
        assertRefused(
                () -> yoga.changes().checkChangeFrom(march(17), march(18), NOW),
                Refusal.Kind.NOT_FOUND,
                null,
                "The booking has no date 2027-03-17.");
        assertRefused(
                () -> yoga.changes().checkChangeFrom(march(9), march(18), NOW),
                Refusal.Kind.INVALID,
                "date",
                "The date 2027-03-09 has begun or passed: change the dates from a later one.");
        assertRefused(
                () -> yoga.changes().checkChangeFrom(THIRD, march(9), NOW),
                Refusal.Kind.INVALID,
                "start",
                "The changed dates must begin after 2027-03-09, the last date the booking keeps before them.");
        assertRefused(
                () -> TestChanges.continuedFrom(
                        yoga,
                        THIRD,
                        thursdays,
                        OTHER_CLINIC,
                        BookingStatus.CONFIRMED,
                        "staff",
                        HubTime.instant(THIRD, LocalTime.of(10, 30))),
                Refusal.Kind.INVALID,
                "date",
                "The date 2027-03-16 has begun or passed: change the dates from a later one.");

        assertThat(yoga.getOccurrences()).hasSize(6);
        assertThat(yoga.getSeries().getRecurrence().getCount()).isEqualTo(6);
        assertThat(yoga.changes().getContinuations()).isEmpty();
        assertThat(yoga.getSequence()).isZero();
    }

    @Test
    void onlyASeriesStillHoldingItsRoomCanChangeFromADate() {
        BookingRequest once = BookingRulesTest.request(
                "Talk",
                LocalDateTime.of(march(16), LocalTime.of(10, 0)),
                LocalDateTime.of(march(16), LocalTime.of(11, 0)));
        Booking talk =
                new Booking(once, CLINIC, null, BookingRules.slots(once), BookingStatus.CONFIRMED, "staff", BOOKED_AT);
        Booking cancelled = tuesdayClass(BookingStatus.CONFIRMED);
        cancelled.cancel(Cancellation.byHub("staff", BOOKED_AT));

        assertRefused(
                () -> talk.changes().checkChangeFrom(march(16), march(18), NOW),
                Refusal.Kind.INVALID,
                "date",
                "This booking is for one date only: change the booking itself.");
        assertRefused(
                () -> cancelled.changes().checkChangeFrom(THIRD, march(18), NOW),
                Refusal.Kind.CONFLICT,
                "status",
                "This booking is already cancelled or declined.");
    }

    @Test
    void aDateMovedEarlierCountsAsBegunWhenItHas() {
        Booking yoga = tuesdayClass(BookingStatus.CONFIRMED);
        yoga.dates()
                .move(
                        march(23),
                        CLINIC,
                        new Slot(march(15), LocalTime.of(8, 0), LocalTime.of(9, 0)),
                        "staff",
                        BOOKED_AT);

        assertRefused(
                () -> yoga.changes().checkChangeFrom(THIRD, march(18), NOW),
                Refusal.Kind.INVALID,
                "date",
                "The date 2027-03-16 has begun or passed: change the dates from a later one.");
    }

    @Test
    void aChangeFromADateThatWaitsMayNotOverlapTheDatesItWouldReplaceInTheSameRoom() {
        BookingRequest laterOnTuesdays = BookingRulesTest.request(
                "Chair yoga",
                LocalDateTime.of(THIRD, LocalTime.of(11, 0)),
                LocalDateTime.of(THIRD, LocalTime.of(13, 0)));
        laterOnTuesdays.setRecurrence(Recurrence.weeklyTimes(1, 4, DayOfWeek.TUESDAY));
        Booking waiting = tuesdayClass(BookingStatus.CONFIRMED);

        assertThatThrownBy(() -> changeFromThird(waiting, laterOnTuesdays, CLINIC, BookingStatus.PENDING))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("until it does the booking keeps its present times");
        assertThat(waiting.getOccurrences()).filteredOn(Occurrence::holdsRoom).hasSize(6);

        Booking decidedAtOnce = tuesdayClass(BookingStatus.CONFIRMED);
        Booking later = changeFromThird(decidedAtOnce, laterOnTuesdays, CLINIC, BookingStatus.CONFIRMED);
        assertThat(later.getOccurrences())
                .as("confirmed at once, the old dates are given up first")
                .hasSize(4);
        assertThat(decidedAtOnce.getOccurrences()).hasSize(2);
    }
}

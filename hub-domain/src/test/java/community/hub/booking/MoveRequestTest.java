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
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tenant whose organisation's requests the hub decides moves a confirmed booking, or one of its dates. The booking
 * stays exactly as it was while the hub decides, and a request following it holds the new times meanwhile: approved,
 * the booking takes the move over; declined, it stays as it was and says why.
 */
class MoveRequestTest {

    private static final Room CLINIC = BookingRulesTest.clinic(1);
    private static final Room OTHER_CLINIC = BookingRulesTest.clinic(2);
    private static final Instant BOOKED_AT = HubTime.instant(LocalDate.of(2027, 3, 1), LocalTime.NOON);
    private static final Instant NOW = HubTime.instant(LocalDate.of(2027, 3, 15), LocalTime.of(9, 0));
    private static final Instant DECIDED = NOW.plus(Duration.ofHours(2));

    private static LocalDate april(int day) {
        return LocalDate.of(2027, 4, day);
    }

    /** CAMHS parents' group, Tuesdays 10:00-11:00 from 6 April 2027, four times, confirmed. */
    private static Booking parentsGroup() {
        BookingRequest request = BookingRulesTest.request(
                "Parents' group",
                LocalDateTime.of(april(6), LocalTime.of(10, 0)),
                LocalDateTime.of(april(6), LocalTime.of(11, 0)));
        request.setRecurrence(Recurrence.weeklyTimes(1, 4, DayOfWeek.TUESDAY));
        return new Booking(
                request, CLINIC, null, BookingRules.slots(request), BookingStatus.CONFIRMED, "camhs", BOOKED_AT);
    }

    /** The same group in the other clinic room, 14:00-15:00, renamed. */
    private static Booking askToMoveToTheAfternoon(Booking group) {
        BookingRequest afternoons = BookingRequest.of(group);
        afternoons.setTitle("Parents' group (afternoons)");
        afternoons.setRoomId(2L);
        afternoons.setStart(LocalDateTime.of(april(6), LocalTime.of(14, 0)));
        afternoons.setEnd(LocalDateTime.of(april(6), LocalTime.of(15, 0)));
        return group.changes()
                .moves()
                .requestMove(afternoons, OTHER_CLINIC, BookingRules.slots(afternoons), "camhs", NOW);
    }

    private static Slot thirteenthAtFour() {
        return new Slot(april(13), LocalTime.of(16, 0), LocalTime.of(17, 0));
    }

    private static List<String> times(Booking booking) {
        return booking.getOccurrences().stream()
                .map(occurrence -> occurrence.getSeriesDate() + " " + occurrence.getDate() + " " + occurrence.getStart()
                        + " " + "room " + occurrence.getRoom().getId() + (occurrence.holdsRoom() ? " holds" : " free"))
                .toList();
    }

    private static final List<String> AS_BOOKED = List.of(
            "2027-04-06 2027-04-06 10:00 room 1 holds", "2027-04-13 2027-04-13 10:00 room 1 holds",
            "2027-04-20 2027-04-20 10:00 room 1 holds", "2027-04-27 2027-04-27 10:00 room 1 holds");

    @Test
    void whileAMoveWaitsTheBookingStaysAsItWasAndTheRequestHoldsTheNewTimes() {
        Booking group = parentsGroup();

        Booking asked = askToMoveToTheAfternoon(group);

        assertThat(asked.getStatus()).isEqualTo(BookingStatus.PENDING);
        assertThat(asked.follows()).containsSame(group);
        assertThat(asked.getChangeRequest().getKind()).isEqualTo(ChangeOf.WHOLE_BOOKING);
        assertThat(asked.getActivity().getTitle()).isEqualTo("Parents' group (afternoons)");
        assertThat(times(asked))
                .containsExactly(
                        "2027-04-06 2027-04-06 14:00 room 2 holds",
                        "2027-04-13 2027-04-13 14:00 room 2 holds",
                        "2027-04-20 2027-04-20 14:00 room 2 holds",
                        "2027-04-27 2027-04-27 14:00 room 2 holds");
        assertThat(asked.getHistory()).singleElement().satisfies(change -> {
            assertThat(change.getKind()).isEqualTo(HistoryEntry.Kind.ASKS_TO_CHANGE);
            assertThat(change.getDetail()).isEqualTo("\u2192 2027-04-06 14:00\u201315:00");
        });

        assertThat(group.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(group.getActivity().getTitle()).isEqualTo("Parents' group");
        assertThat(times(group)).containsExactlyElementsOf(AS_BOOKED);
        WaitingChange.assertWaitsBeside(group, asked);
        assertThat(group.changes().getMoveRequests()).containsExactly(asked);
        assertThat(group.changes().getContinuations())
                .as("a move is not a continuation of the series")
                .isEmpty();
    }

    @Test
    void approvedTheBookingItselfTakesTheMoveOverAndTheRequestHasDoneItsWork() {
        Booking group = parentsGroup();
        Occurrence thirteenth = group.dates().on(april(13)).orElseThrow();
        Booking asked = askToMoveToTheAfternoon(group);

        Booking approved = asked.approve("staff", DECIDED);

        assertThat(approved).isSameAs(group);
        assertThat(group.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(group.getActivity().getTitle()).isEqualTo("Parents' group (afternoons)");
        assertThat(group.getRoom()).isSameAs(OTHER_CLINIC);
        assertThat(group.getSeries().getStartTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(times(group))
                .containsExactly(
                        "2027-04-06 2027-04-06 14:00 room 2 holds",
                        "2027-04-13 2027-04-13 14:00 room 2 holds",
                        "2027-04-20 2027-04-20 14:00 room 2 holds",
                        "2027-04-27 2027-04-27 14:00 room 2 holds");
        assertThat(group.dates().on(april(13)))
                .as("each date is the same occurrence, moved")
                .containsSame(thirteenth);
        assertThat(group.getOccurrences()).noneMatch(Occurrence::isMoved);
        assertThat(group.getSequence()).isEqualTo(1);
        assertThat(group.getHistory().get(group.getHistory().size() - 1)).satisfies(change -> {
            assertThat(change.getKind()).isEqualTo(HistoryEntry.Kind.CHANGE_APPROVED);
            assertThat(change.getChangedBy()).isEqualTo("staff");
            assertThat(change.getDetail()).isEqualTo("\u2192 2027-04-06 14:00\u201315:00");
        });
        assertThat(group.changes().waiting()).isEmpty();
        assertThat(group.changes().getMoveRequests())
                .as("the request is no longer the booking's")
                .isEmpty();
    }

    @Test
    void declinedTheBookingStaysExactlyAsItWasAndItsHistorySaysWhy() {
        Booking group = parentsGroup();
        Booking asked = askToMoveToTheAfternoon(group);

        asked.decline("Clinic Room 2 is kept for the baby clinic in the afternoons.", "staff", DECIDED);

        assertThat(asked.getStatus()).isEqualTo(BookingStatus.DECLINED);
        assertThat(asked.getOccurrences()).noneMatch(Occurrence::holdsRoom);
        assertThat(group.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(group.getActivity().getTitle()).isEqualTo("Parents' group");
        assertThat(group.getRoom()).isSameAs(CLINIC);
        assertThat(times(group)).containsExactlyElementsOf(AS_BOOKED);
        assertThat(group.getSequence()).as("calendars hear of the decision").isEqualTo(1);
        assertThat(group.getHistory().get(group.getHistory().size() - 1)).satisfies(change -> {
            assertThat(change.getKind()).isEqualTo(HistoryEntry.Kind.CHANGE_DECLINED);
            assertThat(change.getDetail()).isEqualTo("Clinic Room 2 is kept for the baby clinic in the afternoons.");
        });
        assertThat(group.changes().waiting()).isEmpty();
        assertThat(group.changes().getMoveRequests())
                .as("the declined request stays on record")
                .containsExactly(asked);
        assertThat(askToMoveToTheAfternoon(group).getStatus())
                .as("the booking can be moved again")
                .isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void aMoveOfOneDateWaitsAndApprovedMovesThatDateOnly() {
        Booking group = parentsGroup();

        Booking asked = group.changes().moves().requestDateMove(april(13), CLINIC, thirteenthAtFour(), "camhs", NOW);

        assertThat(asked.getStatus()).isEqualTo(BookingStatus.PENDING);
        assertThat(asked.getChangeRequest().getKind()).isEqualTo(ChangeOf.ONE_DATE);
        assertThat(asked.getChangeRequest().movesDate()).contains(april(13));
        assertThat(asked.getSeries().getRecurrence()).isNull();
        assertThat(times(asked)).containsExactly("2027-04-13 2027-04-13 16:00 room 1 holds");
        assertThat(times(group)).containsExactlyElementsOf(AS_BOOKED);
        assertThat(group.getHistory().get(1).getDetail()).isEqualTo("2027-04-13 \u2192 2027-04-13 16:00\u201317:00");

        assertThat(asked.approve("staff", DECIDED)).isSameAs(group);

        assertThat(times(group))
                .containsExactly(
                        "2027-04-06 2027-04-06 10:00 room 1 holds",
                        "2027-04-13 2027-04-13 16:00 room 1 holds",
                        "2027-04-20 2027-04-20 10:00 room 1 holds",
                        "2027-04-27 2027-04-27 10:00 room 1 holds");
        assertThat(group.dates().on(april(13)).orElseThrow().isMoved())
                .as("an exception to the series in calendars")
                .isTrue();
        assertThat(group.getSeries().getStartTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(group.getHistory().get(group.getHistory().size() - 1)).satisfies(change -> {
            assertThat(change.getKind()).isEqualTo(HistoryEntry.Kind.CHANGE_APPROVED);
            assertThat(change.getDetail()).isEqualTo("2027-04-13 \u2192 2027-04-13 16:00\u201317:00");
        });
    }

    @Test
    void aMoveOfOneDateDeclinedLeavesThatDateWhereItWas() {
        Booking group = parentsGroup();
        Booking asked = group.changes().moves().requestDateMove(april(13), CLINIC, thirteenthAtFour(), "camhs", NOW);

        asked.decline("The room is cleaned at four.", "staff", DECIDED);

        assertThat(times(group)).containsExactlyElementsOf(AS_BOOKED);
        assertThat(group.getHistory().get(group.getHistory().size() - 1).getDetail())
                .isEqualTo("2027-04-13: The room is cleaned at four.");
    }

    @Test
    void whileAMoveWaitsTheBookingCannotBeChangedOrMovedAgain() {
        Booking group = parentsGroup();
        Booking asked = askToMoveToTheAfternoon(group);
        String waiting = "A move of this booking is waiting for the hub to decide (booking " + asked.getId()
                + "). Wait for the decision, or cancel that request, before changing the booking again.";

        assertRefused(() -> askToMoveToTheAfternoon(group), Refusal.Kind.CONFLICT, "start", waiting);
        assertRefused(
                () -> group.changes().moves().requestDateMove(april(13), CLINIC, thirteenthAtFour(), "camhs", NOW),
                Refusal.Kind.CONFLICT,
                "start",
                waiting);
        assertRefused(() -> group.changes().checkNoneWaiting(), Refusal.Kind.CONFLICT, "start", waiting);
        assertThat(group.changes().getMoveRequests()).containsExactly(asked);
    }

    /** The group moved as a whole to new times on the same Tuesdays, in the given room. */
    private static Booking askToMoveTo(Booking group, Room room, LocalTime start, LocalTime end) {
        BookingRequest moved = BookingRequest.of(group);
        moved.setRoomId(room.getId());
        moved.setStart(LocalDateTime.of(april(6), start));
        moved.setEnd(LocalDateTime.of(april(6), end));
        return group.changes().moves().requestMove(moved, room, BookingRules.slots(moved), "camhs", NOW);
    }

    private static void assertRefusedAsHeldTwice(Runnable change) {
        assertThatThrownBy(change::run)
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("until it does the booking keeps its present times")
                .satisfies(refusal -> {
                    assertThat(((Refusal) refusal).kind()).isEqualTo(Refusal.Kind.CONFLICT);
                    assertThat(((Refusal) refusal).field()).isEqualTo("start");
                });
    }

    @Test
    void aMoveThatWaitsMayNotOverlapInTheSameRoomTheTimesItWouldReplaceForBothWouldHoldTheRoom() {
        Booking group = parentsGroup();

        assertRefusedAsHeldTwice(() -> askToMoveTo(group, CLINIC, LocalTime.of(10, 30), LocalTime.of(11, 30)));
        assertRefusedAsHeldTwice(() -> askToMoveTo(group, CLINIC, LocalTime.of(11, 0), LocalTime.of(12, 0)));
        assertRefusedAsHeldTwice(() -> group.changes()
                .moves()
                .requestDateMove(
                        april(13),
                        CLINIC,
                        new Slot(april(13), LocalTime.of(9, 30), LocalTime.of(10, 30)),
                        "camhs",
                        NOW));

        assertThat(times(group)).as("refused, nothing changed").isEqualTo(AS_BOOKED);
        assertThat(group.changes().waiting()).isEmpty();
        assertThat(askToMoveTo(group, CLINIC, LocalTime.of(11, 15), LocalTime.of(12, 15))
                        .getStatus())
                .as("clear of the old times and their 15 minutes' turnaround")
                .isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void aMoveThatWaitsMayKeepItsTimesInAnotherRoom() {
        Booking asked = askToMoveTo(parentsGroup(), OTHER_CLINIC, LocalTime.of(10, 0), LocalTime.of(11, 0));

        assertThat(times(asked)).first().isEqualTo("2027-04-06 2027-04-06 10:00 room 2 holds");
    }

    @Test
    void cancellingTheBookingCallsOffTheMoveWaitingForIt() {
        Booking group = parentsGroup();
        Booking asked = askToMoveToTheAfternoon(group);

        group.cancel(new Cancellation("camhs", DECIDED, true, Duration.ofHours(48)));

        assertThat(asked.getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(asked.getOccurrences()).noneMatch(Occurrence::holdsRoom);
        assertRefused(
                () -> asked.approve("staff", DECIDED),
                Refusal.Kind.CONFLICT,
                "status",
                "Only a request waiting for a decision can be approved or declined.");
    }

    @Test
    void aMoveTheBookingHasOvertakenCannotBeApprovedAndChangesNothing() {
        Booking group = parentsGroup();
        Booking oneDate = group.changes().moves().requestDateMove(april(13), CLINIC, thirteenthAtFour(), "camhs", NOW);
        group.dates().cancel(april(13), Cancellation.byHub("staff", NOW));
        String overtaken =
                "Booking " + group.getId() + " has changed since this move was asked for: a date it moves has begun "
                        + "or was called off. Decline the request; the organisation can ask again.";

        assertRefused(() -> oneDate.approve("staff", DECIDED), Refusal.Kind.CONFLICT, "status", overtaken);
        assertThat(oneDate.getStatus()).isEqualTo(BookingStatus.PENDING);

        oneDate.decline("That date was called off.", "staff", DECIDED);
        Booking whole = askToMoveToTheAfternoon(group);
        Instant afterTheFirstDateBegan = HubTime.instant(april(6), LocalTime.of(10, 30));

        assertRefused(() -> whole.approve("staff", afterTheFirstDateBegan), Refusal.Kind.CONFLICT, "status", overtaken);
        assertThat(whole.getStatus()).isEqualTo(BookingStatus.PENDING);
        assertThat(group.getSeries().getStartTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(group.getOccurrences()).filteredOn(Occurrence::holdsRoom).hasSize(3);
    }

    @Test
    void whatAChangeWaitingForADecisionWouldAddToTheMonthIsOnlyWhatItAsksBeyondTheDatesItReplaces() {
        Booking group = parentsGroup();
        YearMonth april = YearMonth.of(2027, 4);

        assertThat(ChangeRequests.addsIfApprovedIn(group, april))
                .as("a booking following none adds all its dates")
                .isEqualTo(Duration.ofHours(4));
        assertThat(ChangeRequests.addsIfApprovedIn(askToMoveToTheAfternoon(parentsGroup()), april))
                .as("four hours for four hours")
                .isZero();
        assertThat(addedByMovingThe13th(new Slot(april(13), LocalTime.of(16, 0), LocalTime.of(17, 0)), april))
                .as("one date moved, as long")
                .isZero();
        assertThat(addedByMovingThe13th(new Slot(april(13), LocalTime.of(16, 0), LocalTime.of(18, 30)), april))
                .as("one date made 90 minutes longer")
                .isEqualTo(Duration.ofMinutes(90));
        assertThat(addedByMovingThe13th(new Slot(april(13), LocalTime.of(16, 0), LocalTime.of(16, 30)), april))
                .as("made shorter: never less than nothing")
                .isZero();
        assertThat(addedByMovingThe13th(thirteenthAtFour(), YearMonth.of(2027, 5)))
                .as("another month")
                .isZero();
    }

    private static Duration addedByMovingThe13th(Slot to, YearMonth month) {
        return ChangeRequests.addsIfApprovedIn(
                parentsGroup().changes().moves().requestDateMove(april(13), CLINIC, to, "camhs", NOW), month);
    }
}

package community.hub.rota;

import static community.hub.rota.Cafe.on;
import static community.hub.rota.CafeRole.BARISTA;
import static community.hub.rota.CafeRole.FRONT_OF_HOUSE;
import static community.hub.rota.CafeRole.KITCHEN;
import static community.hub.rota.CafeRole.SUPERVISOR_JOB_COACH;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.Refusal;
import community.hub.booking.ActivityType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A community lunch booked in the café room puts a shift on the rota, and taking the booking away takes it off. */
class EventShiftsTest {

    private static final LocalTime NOON = LocalTime.NOON;
    private static final LocalTime TWO = LocalTime.of(14, 0);
    private static final EventShifts USUAL = new EventShifts(Map.of(SUPERVISOR_JOB_COACH, 1, FRONT_OF_HOUSE, 1));

    private static EventShifts.Booked lunch(long booking, LocalDate date, LocalTime end) {
        return new EventShifts.Booked(booking, date, NOON, end, "Community lunch");
    }

    private static EventShifts.Held held(EventShifts.Booked event, boolean closed) {
        return new EventShifts.Held(EventShifts.keyFor(event), event.date(), event.start(), event.end(), closed);
    }

    @Test
    void aCommunityLunchOrACafeEventIsStaffedButAMeetingInTheCafeIsNot() {
        assertThat(EventShifts.staffs(ActivityType.EVENT)).isTrue();
        assertThat(EventShifts.staffs(ActivityType.CAFE)).isTrue();
        assertThat(EventShifts.staffs(ActivityType.MEETING)).isFalse();
        assertThat(EventShifts.staffs(ActivityType.CLASS)).isFalse();
    }

    @Test
    void anEventGetsAShiftOfItsOwnAtItsTimesWithTheUsualPlacesASupervisorAndFrontOfHouse() {
        EventShifts.Booked event = lunch(42, on(THURSDAY), TWO);

        Shift shift = USUAL.shiftFor(event);

        assertThat(shift.getId()).isEqualTo("2026-03-05T12:00-booking-42");
        assertThat(shift.getDate()).isEqualTo(on(THURSDAY));
        assertThat(shift.getStart()).isEqualTo(NOON);
        assertThat(shift.getEnd()).isEqualTo(TWO);
        assertThat(shift.getPlaces()).containsExactly(Map.entry(SUPERVISOR_JOB_COACH, 1), Map.entry(FRONT_OF_HOUSE, 1));
    }

    @Test
    void theCafeChoosesTheUsualPlacesButAnEventNeedsSomeone() {
        EventShifts kitchenToo = new EventShifts(Map.of(SUPERVISOR_JOB_COACH, 1, KITCHEN, 2, BARISTA, 0));

        assertThat(kitchenToo.getUsualPlaces())
                .containsExactly(Map.entry(SUPERVISOR_JOB_COACH, 1), Map.entry(KITCHEN, 2));
        assertThatThrownBy(() -> new EventShifts(Map.of(BARISTA, 0))).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("eventPlaces");
            assertThat(refusal.message(Locale.UK))
                    .isEqualTo("An event in the caf\u00e9 needs at least one place to fill.");
        });
        assertThatThrownBy(() -> new EventShifts(Map.of(BARISTA, -1))).isInstanceOf(Refusal.class);
    }

    @Test
    void eachDateBookedGetsAShiftOnceAndDatesAlreadyStaffedAreLeftAlone() {
        EventShifts.Booked thursday = lunch(7, on(THURSDAY), TWO);
        EventShifts.Booked tuesday = lunch(7, on(TUESDAY), TWO);

        EventShifts.Plan plan = USUAL.plan(List.of(thursday, tuesday), List.of(held(thursday, false)), on(MONDAY));

        assertThat(plan.toAdd()).containsExactly(tuesday);
        assertThat(plan.toRetime()).isEmpty();
        assertThat(plan.toClose()).isEmpty();
        assertThat(USUAL.plan(
                                List.of(thursday, tuesday),
                                List.of(held(thursday, false), held(tuesday, false)),
                                on(MONDAY))
                        .isNothingToDo())
                .isTrue();
    }

    @Test
    void aCancelledOrMovedDateClosesItsShiftAndTheNewTimeGetsOne() {
        EventShifts.Booked before = lunch(7, on(THURSDAY), TWO);
        EventShifts.Booked movedLater =
                new EventShifts.Booked(7, on(THURSDAY), LocalTime.of(13, 0), LocalTime.of(15, 0), "Community lunch");

        EventShifts.Plan cancelled = USUAL.plan(List.of(), List.of(held(before, false)), on(MONDAY));
        EventShifts.Plan moved = USUAL.plan(List.of(movedLater), List.of(held(before, false)), on(MONDAY));

        assertThat(cancelled.toClose()).containsExactly("2026-03-05T12:00-booking-7");
        assertThat(cancelled.toAdd()).isEmpty();
        assertThat(moved.toClose()).containsExactly("2026-03-05T12:00-booking-7");
        assertThat(moved.toAdd()).containsExactly(movedLater);
    }

    @Test
    void anEventThatNowEndsAtAnotherTimeHasItsShiftEndThenToo() {
        EventShifts.Booked before = lunch(7, on(THURSDAY), TWO);
        EventShifts.Booked longer = lunch(7, on(THURSDAY), LocalTime.of(15, 30));

        EventShifts.Plan plan = USUAL.plan(List.of(longer), List.of(held(before, false)), on(MONDAY));

        assertThat(plan.toRetime()).containsExactly(longer);
        assertThat(plan.toAdd()).isEmpty();
        assertThat(plan.toClose()).isEmpty();
    }

    @Test
    void aClosedShiftStaysClosedAndShiftsAlreadyPastAreHistory() {
        EventShifts.Booked thursday = lunch(7, on(THURSDAY), TWO);
        EventShifts.Booked tuesday = lunch(7, on(TUESDAY), TWO);

        assertThat(USUAL.plan(List.of(thursday), List.of(held(thursday, true)), on(MONDAY))
                        .isNothingToDo())
                .as("staff or a closure of the café closed it")
                .isTrue();
        assertThat(USUAL.plan(List.of(tuesday), List.of(), on(THURSDAY)).isNothingToDo())
                .as("a booking of a past date")
                .isTrue();
        assertThat(USUAL.plan(List.of(), List.of(held(tuesday, false)), on(THURSDAY))
                        .isNothingToDo())
                .as("a past shift")
                .isTrue();
    }

    @Test
    void aLongTitleIsCutToWhatTheRotaKeeps() {
        String long120 = "A".repeat(120);

        assertThat(new EventShifts.Booked(1, on(THURSDAY), NOON, TWO, long120).shiftTitle())
                .hasSize(80)
                .endsWith("\u2026");
        assertThat(new EventShifts.Booked(1, on(THURSDAY), NOON, TWO, "  Lunch  ").shiftTitle())
                .isEqualTo("Lunch");
        assertThatThrownBy(() -> new EventShifts.Booked(1, on(THURSDAY), TWO, NOON, "Backwards"))
                .isInstanceOf(Refusal.class);
    }
}

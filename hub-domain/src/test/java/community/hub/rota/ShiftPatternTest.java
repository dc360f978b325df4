package community.hub.rota;

import static community.hub.rota.Cafe.CHANGEOVER;
import static community.hub.rota.Cafe.CLOSES;
import static community.hub.rota.Cafe.OPENS;
import static community.hub.rota.Cafe.WEEK;
import static community.hub.rota.Cafe.on;
import static community.hub.rota.CafeRole.BARISTA;
import static community.hub.rota.CafeRole.FRONT_OF_HOUSE;
import static community.hub.rota.CafeRole.KITCHEN;
import static community.hub.rota.CafeRole.SUPERVISOR_JOB_COACH;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.Refusal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShiftPatternTest {

    private static final Shift COMMUNITY_LUNCH = new Shift(
            "2026-03-05-lunch",
            on(THURSDAY),
            LocalTime.NOON,
            LocalTime.of(14, 0),
            Map.of(KITCHEN, 2, FRONT_OF_HOUSE, 1));

    @Test
    void theUsualWeekHasAMorningAndAnAfternoonFromMondayToSaturday() {
        List<Shift> shifts = Cafe.pattern().shiftsFor(WEEK);

        assertThat(shifts).hasSize(12);
        assertThat(shifts.get(0).getId()).isEqualTo("2026-03-02T08:30");
        assertThat(shifts.get(0).getPartOfDay()).isEqualTo(PartOfDay.MORNING);
        assertThat(shifts.get(1).getPartOfDay()).isEqualTo(PartOfDay.AFTERNOON);
        assertThat(shifts.get(11).getDate()).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(shifts.get(11).getDay()).isEqualTo(SATURDAY);
        assertThat(shifts).allSatisfy(shift -> assertThat(shift.getPlaces()).containsOnlyKeys(CafeRole.values()));
    }

    @Test
    void theCafeIsOpenFromItsFirstShiftToItsLastAndNotOnADayWithoutShifts() {
        assertThat(Cafe.pattern().hoursOn(on(TUESDAY))).contains(new CafeHours(on(TUESDAY), OPENS, CLOSES));
        assertThat(Cafe.pattern().hoursOn(on(TUESDAY).plusDays(5))).as("Sunday").isEmpty();
    }

    @Test
    void aClosedDayHasNoShiftsAndAnExtraShiftTakesItsPlaceInTime() {
        List<Shift> shifts = Cafe.pattern().shiftsFor(WEEK, List.of(on(TUESDAY)), List.of(COMMUNITY_LUNCH));

        assertThat(shifts).hasSize(11).noneMatch(shift -> shift.getDay() == TUESDAY);
        assertThat(shifts)
                .filteredOn(shift -> shift.getDay() == THURSDAY)
                .extracting(Shift::getStart)
                .containsExactly(OPENS, LocalTime.NOON, CHANGEOVER);
    }

    @Test
    void whenTheHubIsClosedTheCafeIsClosedExtraShiftsToo() {
        List<Shift> shifts = Cafe.pattern().shiftsFor(WEEK, List.of(on(THURSDAY)), List.of(COMMUNITY_LUNCH));

        assertThat(shifts).hasSize(10).noneMatch(shift -> shift.getDay() == THURSDAY);
    }

    @Test
    void anExtraShiftBelongsToTheWeekAndHasAnIdOfItsOwn() {
        Shift nextWeek = new Shift("next", on(MONDAY).plusWeeks(1), OPENS, CHANGEOVER, Map.of(KITCHEN, 1));
        Shift sameIdAsMondayMorning = new Shift("2026-03-02T08:30", on(MONDAY), OPENS, CHANGEOVER, Map.of(KITCHEN, 1));

        assertThatThrownBy(() -> Cafe.pattern().shiftsFor(WEEK, List.of(), List.of(nextWeek)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cafe.pattern().shiftsFor(WEEK, List.of(), List.of(sameIdAsMondayMorning)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoRegularShiftsCannotStartTogether() {
        List<RegularShift> twice = List.of(
                new RegularShift(MONDAY, OPENS, CHANGEOVER, Cafe.ONE_OF_EACH),
                new RegularShift(MONDAY, OPENS, CLOSES, Cafe.ONE_OF_EACH));

        assertThatThrownBy(() -> new ShiftPattern(twice))
                .isInstanceOf(Refusal.class)
                .hasMessage(
                        "Two regular shifts on Monday start at the same time. Give them different times, or make them one shift.");
    }

    @Test
    void aShiftEndsAfterItStartsAndHasPlacesToFill() {
        assertThatThrownBy(() -> new RegularShift(MONDAY, CLOSES, OPENS, Cafe.ONE_OF_EACH))
                .isInstanceOf(Refusal.class)
                .hasMessage("A shift must end after it starts, on the same day.");
        assertThatThrownBy(() -> new RegularShift(MONDAY, OPENS, CLOSES, Map.of(BARISTA, 0)))
                .isInstanceOf(Refusal.class)
                .hasMessage("A shift needs at least one place to fill.");
        assertThatThrownBy(() -> new Shift("x", on(MONDAY), OPENS, CLOSES, Map.of(BARISTA, -1)))
                .isInstanceOf(Refusal.class)
                .hasMessage("The number of places cannot be less than nought.");
    }

    @Test
    void placesListJobCoachesFirstAndLeaveOutRolesWithNone() {
        Map<CafeRole, Integer> places = new EnumMap<>(CafeRole.class);
        places.put(KITCHEN, 2);
        places.put(BARISTA, 0);
        places.put(SUPERVISOR_JOB_COACH, 1);

        Shift shift = new Shift("x", on(MONDAY), OPENS, CLOSES, places);

        assertThat(shift.getRoles()).containsExactly(SUPERVISOR_JOB_COACH, KITCHEN);
        assertThat(shift.placesFor(BARISTA)).isZero();
        assertThat(shift.getLength()).hasHours(8);
    }

    @Test
    void shiftsThatMeetDoNotOverlapButOnesThatShareTimeDo() {
        Shift morning = Cafe.morning(THURSDAY);

        assertThat(morning.overlaps(Cafe.afternoon(THURSDAY))).isFalse();
        assertThat(morning.overlaps(COMMUNITY_LUNCH)).isTrue();
        assertThat(COMMUNITY_LUNCH.overlaps(Cafe.afternoon(THURSDAY))).isTrue();
        assertThat(morning.overlaps(morning)).isTrue();
        assertThat(morning.overlaps(Cafe.morning(TUESDAY))).isFalse();
        assertThat(morning.isSameTimeOfWeekAs(
                        Cafe.pattern().shiftsFor(WEEK.previous()).get(6)))
                .isTrue();
    }
}

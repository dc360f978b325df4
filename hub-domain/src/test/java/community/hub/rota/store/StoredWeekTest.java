package community.hub.rota.store;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.rota.CafeRole;
import community.hub.rota.Rota;
import community.hub.rota.RotaWeek;
import community.hub.rota.Shift;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A week as the database keeps it, and as people are shown it: the rules see only the shifts the café opens for, a
 * one-off shift keeps what it is for, and a closed day says why, with nobody placed on it.
 */
class StoredWeekTest {

    private static final RotaWeek WEEK = RotaWeek.of(2026, 10);
    private static final LocalDate MONDAY = WEEK.getMonday();

    private final StoredWeek week = new StoredWeek(WEEK);
    private final Shift mondayMorning = shift(MONDAY, 8);
    private final Shift tuesdayMorning = shift(MONDAY.plusDays(1), 8);
    private final Shift lunch = new Shift(
            Shift.idFor(MONDAY.plusDays(2), LocalTime.NOON) + "-extra-1",
            MONDAY.plusDays(2),
            LocalTime.NOON,
            LocalTime.of(14, 0),
            Map.of(CafeRole.KITCHEN, 2));

    private static Shift shift(LocalDate date, int hour) {
        LocalTime start = LocalTime.of(hour, 30);
        return new Shift(
                Shift.idFor(date, start), date, start, start.plusHours(4), Map.of(CafeRole.SUPERVISOR_JOB_COACH, 1));
    }

    private StoredWeek withTuesdayClosedAndALunch() {
        week.add(new CafeShift(week, mondayMorning, false, null));
        CafeShift tuesday = new CafeShift(week, tuesdayMorning, false, null);
        tuesday.close("Bank holiday");
        week.add(tuesday);
        week.add(new CafeShift(week, lunch, true, "Community lunch"));
        return week;
    }

    @Test
    void theRulesSeeOnlyTheShiftsTheCafeOpensFor() {
        Rota rota = withTuesdayClosedAndALunch().toRota();

        assertThat(rota.getWeek()).isEqualTo(WEEK);
        assertThat(rota.getShifts()).extracting(Shift::getId).containsExactly(mondayMorning.getId(), lunch.getId());
        assertThat(rota.getAssignments()).isEmpty();
    }

    @Test
    void peopleAreShownWhatAOneOffShiftIsForAndWhyADayIsClosed() {
        StoredWeek stored = withTuesdayClosedAndALunch();
        Rota rota = stored.toRota();

        WeekAsShown shown = new WeekAsShown(stored, rota, List.of(), Map.of(), List.of(), 0, null);

        assertThat(stored.titles()).containsExactly(Map.entry(lunch.getId(), "Community lunch"));
        assertThat(shown.isPublished()).isFalse();
        assertThat(shown.titleOf(lunch)).contains("Community lunch");
        assertThat(shown.isOneOff(lunch)).isTrue();
        assertThat(shown.isOneOff(mondayMorning)).isFalse();
        assertThat(shown.getClosedShifts()).singleElement().satisfies(closed -> {
            assertThat(closed.getShift().getId()).isEqualTo(tuesdayMorning.getId());
            assertThat(closed.getReason()).isEqualTo("Bank holiday");
        });
        assertThat(shown.getDeliveries())
                .as("nothing to deliver before publishing")
                .isEmpty();
    }
}

package community.hub.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.Refusal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final LocalDate TUESDAY = LocalDate.of(2027, 1, 5);

    @Test
    void everyOtherTuesdayUntilAnEndDate() {
        List<LocalDate> dates = Recurrence.weekly(2, LocalDate.of(2027, 2, 16), DayOfWeek.TUESDAY)
                .dates(TUESDAY);

        assertThat(dates)
                .extracting(LocalDate::toString)
                .containsExactly("2027-01-05", "2027-01-19", "2027-02-02", "2027-02-16");
    }

    @Test
    void tuesdaysAndThursdaysForSixDates() {
        List<LocalDate> dates = Recurrence.weeklyTimes(1, 6, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)
                .dates(TUESDAY);

        assertThat(dates)
                .hasSize(6)
                .startsWith(TUESDAY, LocalDate.of(2027, 1, 7))
                .endsWith(LocalDate.of(2027, 1, 21));
    }

    @Test
    void theSecondTuesdayOfEachMonth() {
        List<LocalDate> dates = Recurrence.monthly(1, 2, DayOfWeek.TUESDAY, LocalDate.of(2027, 4, 30))
                .dates(LocalDate.of(2027, 1, 12));

        assertThat(dates)
                .extracting(LocalDate::toString)
                .containsExactly("2027-01-12", "2027-02-09", "2027-03-09", "2027-04-13");
    }

    @Test
    void theLastFridayOfEachMonth() {
        List<LocalDate> dates = Recurrence.monthly(1, -1, DayOfWeek.FRIDAY, LocalDate.of(2027, 3, 31))
                .dates(LocalDate.of(2027, 1, 29));

        assertThat(dates)
                .containsExactly(LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 26), LocalDate.of(2027, 3, 26));
    }

    @Test
    void aMonthlyRuleThatMissesTheFirstDateSaysWhichDateItMeans() {
        Recurrence lastTuesdays = Recurrence.monthly(1, -1, DayOfWeek.TUESDAY, LocalDate.of(2027, 6, 30));

        assertThatThrownBy(() -> lastTuesdays.dates(LocalDate.of(2027, 3, 2)))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo("start");
                    assertThat(refused.message(Locale.UK)).contains("Tuesday 30 March 2027");
                    assertThat(refused.message(Locale.forLanguageTag("pl"))).contains("wtorek 30 marca 2027");
                });
        assertThat(lastTuesdays.dates(LocalDate.of(2027, 3, 30))).startsWith(LocalDate.of(2027, 3, 30));
    }

    @Test
    void aSeriesRunsForTwoYearsAtMost() {
        assertThatThrownBy(() -> Recurrence.weekly(1, TUESDAY.plusYears(2).plusDays(7), DayOfWeek.TUESDAY)
                        .dates(TUESDAY))
                .isInstanceOf(Refusal.class)
                .hasMessage("A series can run for at most 2 years. Book a shorter series and extend it later.");
        assertThatThrownBy(
                        () -> Recurrence.weeklyTimes(1, 200, DayOfWeek.TUESDAY).dates(TUESDAY))
                .isInstanceOf(Refusal.class);
        assertThat(Recurrence.weekly(1, TUESDAY.plusYears(2), DayOfWeek.TUESDAY).dates(TUESDAY))
                .hasSize(105);
    }

    @Test
    void theFirstDateMustFitTheRule() {
        assertThatThrownBy(
                        () -> Recurrence.weeklyTimes(1, 4, DayOfWeek.WEDNESDAY).dates(TUESDAY))
                .isInstanceOf(Refusal.class)
                .hasMessage("The first date must be a Wednesday, as the repeat rule says.");
    }

    @Test
    void aSeriesHasExactlyOneEnd() {
        Recurrence both = new Recurrence(Frequency.WEEKLY, 1, List.of(), null, TUESDAY.plusWeeks(3), 4);
        Recurrence neither = new Recurrence(Frequency.WEEKLY, 1, List.of(), null, null, null);

        assertThatThrownBy(() -> both.dates(TUESDAY)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> neither.dates(TUESDAY)).isInstanceOf(Refusal.class);
    }

    @Test
    void withNoDaysGivenAWeeklySeriesFallsOnTheFirstDatesDay() {
        Recurrence rule = new Recurrence(Frequency.WEEKLY, 1, List.of(), null, null, 3);

        assertThat(rule.dates(TUESDAY)).containsExactly(TUESDAY, TUESDAY.plusWeeks(1), TUESDAY.plusWeeks(2));
    }
}

package community.hub.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** England and Wales bank holidays by rule, checked against the dates the government published. */
class BankHolidaysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2019|2019-01-01 2019-04-19 2019-04-22 2019-05-06 2019-05-27 2019-08-26 2019-12-25 2019-12-26",
                "2020|2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28",
                "2021|2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28",
                "2022|2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27",
                "2023|2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26",
                "2024|2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26",
                "2025|2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26",
                "2026|2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28",
                "2027|2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28",
                "2028|2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26",
                "2029|2029-01-01 2029-03-30 2029-04-02 2029-05-07 2029-05-28 2029-08-27 2029-12-25 2029-12-26"
            })
    void everyYearMatchesTheDatesThatWerePublished(int year, String published) {
        List<LocalDate> expected =
                Arrays.stream(published.split(" ")).map(LocalDate::parse).toList();

        assertThat(BankHolidays.of(year)).containsExactlyElementsOf(expected);
    }

    @Test
    void everyYearFarAheadHasItsEightDaysAllOnWeekdays() {
        IntStream.rangeClosed(2030, 2130)
                .forEach(year -> assertThat(BankHolidays.of(year))
                        .as("%d", year)
                        .hasSize(8)
                        .allSatisfy(
                                day -> assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
    }

    @Test
    void easterFallsOnTheSundaysTheChurchesKeep() {
        assertThat(BankHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(BankHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
        assertThat(BankHolidays.easterSunday(2031)).isEqualTo(LocalDate.of(2031, 4, 13));
    }

    @Test
    void aRangeCrossingTheNewYearHoldsTheHolidaysOfBothYears() {
        assertThat(BankHolidays.between(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 5)))
                .containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1));
        assertThat(BankHolidays.firstFrom(LocalDate.of(2026, 12, 29))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(BankHolidays.isBankHoliday(LocalDate.of(2027, 12, 28))).isTrue();
        assertThat(BankHolidays.isBankHoliday(LocalDate.of(2027, 12, 29))).isFalse();
    }
}

package community.hub.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The easy-read rota says times the way people say them. */
class SpokenTimeTest {

    private static String said(String time) {
        return SpokenTime.of(LocalTime.parse(time), Locale.UK);
    }

    @Test
    void hoursQuartersAndHalvesAsPeopleSayThem() {
        assertThat(said("08:30")).isEqualTo("half past eight");
        assertThat(said("12:30")).isEqualTo("half past twelve");
        assertThat(said("16:30")).isEqualTo("half past four");
        assertThat(said("09:00")).isEqualTo("nine o'clock");
        assertThat(said("12:00")).isEqualTo("twelve o'clock");
        assertThat(said("13:15")).isEqualTo("quarter past one");
        assertThat(said("11:45")).isEqualTo("quarter to twelve");
        assertThat(said("23:45")).isEqualTo("quarter to twelve");
        assertThat(said("00:00")).isEqualTo("midnight");
    }

    @Test
    void otherMinutesPastAndToTheHour() {
        assertThat(said("16:10")).isEqualTo("ten past four");
        assertThat(said("09:25")).isEqualTo("twenty-five past nine");
        assertThat(said("09:35")).isEqualTo("twenty-five to ten");
        assertThat(said("14:50")).isEqualTo("ten to three");
        assertThat(said("07:07")).isEqualTo("7 minutes past seven");
        assertThat(said("07:59")).isEqualTo("one minute to eight");
    }

    @Test
    void aShiftIsItsDayPartOfTheDayAndTimesInWords() {
        Shift tuesday = new Shift(
                "2026-03-03T08:30",
                LocalDate.of(2026, 3, 3),
                LocalTime.of(8, 30),
                LocalTime.of(12, 30),
                Map.of(CafeRole.BARISTA, 1));
        Shift saturday = new Shift(
                "2026-03-07T12:30",
                LocalDate.of(2026, 3, 7),
                LocalTime.of(12, 30),
                LocalTime.of(16, 30),
                Map.of(CafeRole.KITCHEN, 1));

        assertThat(SpokenTime.shift(tuesday, Locale.UK))
                .isEqualTo("Tuesday morning, half past eight to half past twelve");
        assertThat(SpokenTime.shift(saturday, Locale.UK))
                .isEqualTo("Saturday afternoon, half past twelve to half past four");
    }
}

package community.hub.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The easy-read rota says times the way people say them. */
class SpokenTimeTest {

    /** Hours, quarters and halves first; then other minutes past and to the hour. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "08:30 | half past eight",
                "12:30 | half past twelve",
                "16:30 | half past four",
                "09:00 | nine o'clock",
                "12:00 | twelve o'clock",
                "13:15 | quarter past one",
                "11:45 | quarter to twelve",
                "23:45 | quarter to twelve",
                "00:00 | midnight",
                "16:10 | ten past four",
                "09:25 | twenty-five past nine",
                "09:35 | twenty-five to ten",
                "14:50 | ten to three",
                "07:07 | 7 minutes past seven",
                "07:59 | one minute to eight"
            })
    void timesAsPeopleSayThem(LocalTime time, String words) {
        assertThat(SpokenTime.of(time, Locale.UK)).isEqualTo(words);
    }

    @Test
    void aShiftIsItsDayPartOfTheDayAndTimesInWords() {
        Shift tuesday = Cafe.shift("2026-03-03T08:30", "12:30", CafeRole.BARISTA);
        Shift saturday = Cafe.shift("2026-03-07T12:30", "16:30", CafeRole.KITCHEN);

        assertThat(SpokenTime.shift(tuesday, Locale.UK))
                .isEqualTo("Tuesday morning, half past eight to half past twelve");
        assertThat(SpokenTime.shift(saturday, Locale.UK))
                .isEqualTo("Saturday afternoon, half past twelve to half past four");
    }
}

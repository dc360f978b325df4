package community.hub.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which bank holidays the hub still has to close, without a database. */
class BankHolidayClosuresTest {

    private static final List<LocalDate> CHRISTMAS_2027 =
            BankHolidays.between(LocalDate.of(2027, 12, 1), LocalDate.of(2028, 1, 31));

    @Test
    void everyBankHolidayIsClosedWhenNothingIsYet() {
        assertThat(BankHolidayClosures.stillToClose(CHRISTMAS_2027, List.of(), List.of()))
                .containsExactly(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28), LocalDate.of(2028, 1, 3));
    }

    @Test
    void aDayTheHubIsClosedOnAlreadyOrThatTheHubManagerOpenedIsLeftAlone() {
        Closure christmasWeek = new Closure(null, LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 27), "Christmas");
        List<LocalDate> keptOpen = List.of(LocalDate.of(2028, 1, 3));

        assertThat(BankHolidayClosures.stillToClose(CHRISTMAS_2027, List.of(christmasWeek), keptOpen))
                .containsExactly(LocalDate.of(2027, 12, 28));
    }

    @Test
    void oneRoomClosedOnABankHolidayStillLeavesTheWholeHubToClose() {
        Closure studio = new Closure(
                BookingRulesTest.clinic(1), LocalDate.of(2027, 12, 28), LocalDate.of(2027, 12, 28), "Painting");

        assertThat(BankHolidayClosures.stillToClose(CHRISTMAS_2027, List.of(studio), List.of()))
                .contains(LocalDate.of(2027, 12, 28));
    }
}

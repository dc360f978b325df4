package community.hub.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hub's income mix and the share of its largest single source. */
class IncomeMixTest {

    private static final YearMonth MARCH = YearMonth.of(2027, 3);

    private static OtherIncome entry(IncomeSource source, String amount) {
        return new OtherIncome(MARCH, source, new BigDecimal(amount), null, "staff", Instant.EPOCH);
    }

    @Test
    void theLargestSingleSourceAndItsShareOfEverything() {
        IncomeMix mix = IncomeMix.of(
                new BigDecimal("1500"),
                List.of(
                        entry(IncomeSource.GRANT, "5000.00"),
                        entry(IncomeSource.GRANT, "1000"),
                        entry(IncomeSource.CAFE, "2500.00")));

        assertThat(mix.total()).isEqualByComparingTo("10000.00");
        assertThat(mix.bySource().get("GRANT")).isEqualByComparingTo("6000.00");
        assertThat(mix.bySource().get("DONATIONS")).isEqualByComparingTo("0");
        assertThat(mix.bySource().keySet()).startsWith(IncomeMix.ROOM_HIRE);
        assertThat(mix.largestSource()).contains("GRANT");
        assertThat(mix.largestShare()).get().isEqualTo(new BigDecimal("60.0"));
    }

    @Test
    void nothingCameInHasNoLargestSource() {
        assertThat(IncomeMix.of(BigDecimal.ZERO, List.of()).largestSource()).isEmpty();
    }

    @Test
    void anAmountOfNothingOrBelowOrWithFractionsOfPenniesIsRefused() {
        assertThatThrownBy(() -> entry(IncomeSource.OTHER, "0"))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo("income.amountRange"));
        assertThatThrownBy(() -> entry(IncomeSource.OTHER, "-5")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> entry(IncomeSource.OTHER, "10.005"))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo("income.amountPennies"));
        assertThatThrownBy(() -> new OtherIncome(MARCH, null, BigDecimal.TEN, null, "staff", Instant.EPOCH))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("source"));
    }

    @Test
    void aMonthOutsideTheYearsTheHubSpeaksOfIsRefusedNotStored() {
        for (YearMonth absurd : List.of(YearMonth.of(1, 1), YearMonth.of(1999, 12), YearMonth.of(2100, 1))) {
            assertThatThrownBy(() ->
                            new OtherIncome(absurd, IncomeSource.GRANT, BigDecimal.TEN, null, "staff", Instant.EPOCH))
                    .as(absurd.toString())
                    .isInstanceOfSatisfying(Refusal.class, refusal -> {
                        assertThat(refusal.field()).isEqualTo("month");
                        assertThat(refusal.getMessage()).isEqualTo("Choose a month from 2000 to 2099.");
                    });
        }
        assertThat(new OtherIncome(
                                YearMonth.of(2099, 12),
                                IncomeSource.GRANT,
                                BigDecimal.TEN,
                                null,
                                "staff",
                                Instant.EPOCH)
                        .getMonth())
                .isEqualTo(YearMonth.of(2099, 12));
    }
}

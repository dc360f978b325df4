package community.hub.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.Refusal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Closures without a database: the days they cover, and a refusal that names every booked date in the way. */
class ClosureTest {

    private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 16);

    @Test
    void aClosureCoversItsFirstAndLastDayAndEveryDayBetween() {
        Closure repairs = new Closure(BookingRulesTest.clinic(1), TUESDAY, TUESDAY.plusDays(2), "Boiler repair");

        assertThat(repairs.covers(TUESDAY)).isTrue();
        assertThat(repairs.covers(TUESDAY.plusDays(1))).isTrue();
        assertThat(repairs.covers(TUESDAY.plusDays(2))).isTrue();
        assertThat(repairs.covers(TUESDAY.minusDays(1))).isFalse();
        assertThat(repairs.covers(TUESDAY.plusDays(3))).isFalse();
    }

    @Test
    void aClosureCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Closure(null, TUESDAY, TUESDAY.minusDays(1), "Bank holiday"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("lastDay");
                    assertThat(refusal.getMessage()).isEqualTo("A closure must end on or after the day it starts.");
                });
    }

    @Test
    void aClosureOverBookedDatesIsRefusedWithEveryOneListedAndTheFirstNamed() {
        List<ClosureRefusal.BookedDate> booked = List.of(
                new ClosureRefusal.BookedDate(
                        7,
                        "Art class",
                        "Youth Service",
                        3,
                        "Art Studio",
                        TUESDAY,
                        LocalTime.of(13, 0),
                        LocalTime.of(15, 0),
                        BookingStatus.CONFIRMED),
                new ClosureRefusal.BookedDate(
                        9,
                        "Choir",
                        null,
                        3,
                        "Art Studio",
                        TUESDAY.plusDays(1),
                        LocalTime.of(19, 0),
                        LocalTime.of(20, 30),
                        BookingStatus.PENDING));

        ClosureRefusal refusal = new ClosureRefusal(booked);

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal.field()).isEqualTo("firstDay");
        assertThat(refusal.getMessage())
                .isEqualTo("2 booked dates fall in this closure, the first on 2027-03-16 in Art Studio "
                        + "(booking 7). Move or cancel them first.");
        assertThat(refusal.booked()).containsExactlyElementsOf(booked);
    }
}

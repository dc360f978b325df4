package community.hub.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.Refusal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** A date that has begun took place, or is taking place: nobody calls it off or moves it afterwards. */
class PastDatesTest {

    @Test
    void aDateThatHasBegunTookPlaceAndNobodyCallsItOffAfterwards() {
        Booking clinic = CancellationTest.weeklyClinic(BookingStatus.CONFIRMED);

        assertThatThrownBy(() -> clinic.dates()
                        .cancel(LocalDate.of(2027, 3, 9), CancellationTest.byTenant(CancellationTest.at(9, 10))))
                .as("at the minute it begins")
                .isInstanceOfSatisfying(
                        Refusal.class, refused -> assertThat(refused.key()).isEqualTo("booking.dateBegun"));
        assertThatThrownBy(() -> clinic.dates()
                        .cancel(LocalDate.of(2027, 3, 2), Cancellation.byHub("staff", CancellationTest.at(8, 9))))
                .as("a week after, by the hub either")
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> clinic.dates()
                        .cancelFrom(LocalDate.of(2027, 3, 9), CancellationTest.byTenant(CancellationTest.at(9, 11))))
                .as("this date and the following ones, from one under way")
                .isInstanceOf(Refusal.class);

        assertThat(clinic.getOccurrences()).noneMatch(Occurrence::isCancelled);
        assertThat(clinic.getSequence()).as("nothing changed").isZero();
    }

    @Test
    void aDateThatHasBegunOrWasCalledOffIsNotMoved() {
        Booking clinic = CancellationTest.weeklyClinic(BookingStatus.CONFIRMED);
        Slot later = new Slot(LocalDate.of(2027, 4, 6), LocalTime.of(10, 0), LocalTime.of(12, 0));
        clinic.dates().cancel(LocalDate.of(2027, 3, 23), CancellationTest.byTenant(CancellationTest.at(1, 9)));

        assertThatThrownBy(() -> clinic.dates()
                        .move(
                                LocalDate.of(2027, 3, 2),
                                BookingRulesTest.clinic(1),
                                later,
                                "staff",
                                CancellationTest.at(3, 9)))
                .as("a date that took place last week")
                .isInstanceOfSatisfying(
                        Refusal.class, refused -> assertThat(refused.key()).isEqualTo("booking.dateBegun"));
        assertThatThrownBy(() -> clinic.dates()
                        .move(
                                LocalDate.of(2027, 3, 23),
                                BookingRulesTest.clinic(1),
                                later,
                                "staff",
                                CancellationTest.at(3, 9)))
                .as("a date called off")
                .isInstanceOfSatisfying(
                        Refusal.class, refused -> assertThat(refused.key()).isEqualTo("booking.dateAlreadyCancelled"));

        assertThat(clinic.getOccurrences()).noneMatch(Occurrence::isMoved);
    }
}

package community.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The stretches of days pages and the API show, counted from the hub's clock (here a Wednesday, 13 January 2027). */
class ShownDaysTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 1, 13);
    private final ShownDays days =
            new ShownDays(Clock.fixed(HubTime.instant(WEDNESDAY, LocalTime.of(9, 30)), HubTime.ZONE));

    @Test
    void listsStartTodayAndThePlannerOpensOnTodayUnlessAskedForAnotherDay() {
        assertThat(days.today()).isEqualTo(WEDNESDAY);
        assertThat(days.isPast(WEDNESDAY.minusDays(1))).isTrue();
        assertThat(days.isPast(WEDNESDAY)).isFalse();
        assertThat(days.askedOrToday(null)).isEqualTo(WEDNESDAY);
        assertThat(days.askedOrToday(LocalDate.of(2027, 3, 16))).isEqualTo(LocalDate.of(2027, 3, 16));
    }

    @Test
    void whatsOnRunsFromTodayToTheEndOfNextWeek() {
        ShownDays.Days shown = days.whatsOnPage();

        assertThat(shown.first()).isEqualTo(WEDNESDAY);
        assertThat(shown.last()).isEqualTo(LocalDate.of(2027, 1, 24));
        assertThat(shown.start()).isEqualTo(HubTime.instant(WEDNESDAY, LocalTime.MIDNIGHT));
    }

    @Test
    void theApisListsRunTheirOwnNumberOfDaysUnlessAskedAndWhatsOnAtMostNinetyTwo() {
        assertThat(days.whatsOn(null, null)).isEqualTo(new ShownDays.Days(WEDNESDAY, WEDNESDAY.plusDays(14)));
        assertThat(days.bookings(null, null)).isEqualTo(new ShownDays.Days(WEDNESDAY, WEDNESDAY.plusDays(28)));
        assertThat(days.closures(null, null).last()).isEqualTo(WEDNESDAY.plusYears(1));
        assertThat(days.closures(WEDNESDAY, WEDNESDAY).last()).isEqualTo(WEDNESDAY);
        assertThatThrownBy(() -> days.whatsOn(WEDNESDAY, WEDNESDAY.plusDays(93)))
                .isInstanceOf(Refusal.class)
                .extracting(refusal -> ((Refusal) refusal).field())
                .isEqualTo("to");
        assertThatThrownBy(() -> days.whatsOn(WEDNESDAY, WEDNESDAY)).isInstanceOf(Refusal.class);
    }
}

package community.hub.rota;

import static community.hub.rota.CafeRole.BARISTA;
import static community.hub.rota.CafeRole.FRONT_OF_HOUSE;
import static community.hub.rota.CafeRole.KITCHEN;
import static community.hub.rota.CafeRole.SUPERVISOR_JOB_COACH;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.Refusal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff change how many people one shift needs; those on it keep their places, and nobody is pushed off. */
class ShiftPlacesTest {

    private final Cafe cafe = new Cafe();
    private final RotaMember maggie = cafe.joins("Maggie", SUPERVISOR_JOB_COACH);
    private final RotaMember priya = cafe.joins("Priya", KITCHEN, FRONT_OF_HOUSE);
    private final Shift thursday = Cafe.morning(THURSDAY);
    private final Rota week = new Rota(
            Cafe.WEEK,
            List.of(thursday),
            List.of(
                    Assignment.setByStaff(thursday, maggie.getId(), SUPERVISOR_JOB_COACH),
                    new Assignment(thursday, priya.getId(), KITCHEN, false)));

    @Test
    void moreKitchenPlacesAndNoBaristaKeepEveryoneWhereTheyAre() {
        Rota changed = week.withPlaces(thursday.getId(), Map.of(SUPERVISOR_JOB_COACH, 1, KITCHEN, 2, BARISTA, 0));

        Shift after = changed.shift(thursday.getId()).orElseThrow();
        assertThat(after.getPlaces()).containsExactly(Map.entry(SUPERVISOR_JOB_COACH, 1), Map.entry(KITCHEN, 2));
        assertThat(cafe.on(changed, after, SUPERVISOR_JOB_COACH)).containsExactly("Maggie");
        assertThat(cafe.on(changed, after, KITCHEN)).containsExactly("Priya");
        assertThat(changed.missing(after, KITCHEN)).isEqualTo(1);
        assertThat(changed.assignedTo(after, SUPERVISOR_JOB_COACH).get(0).isLocked())
                .as("still set by staff")
                .isTrue();
    }

    @Test
    void fewerPlacesThanPeopleInAJobIsRefusedWithTheReason() {
        assertThatThrownBy(() -> week.withPlaces(thursday.getId(), Map.of(SUPERVISOR_JOB_COACH, 1, BARISTA, 1)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("places");
                    assertThat(refusal.message(Locale.UK))
                            .isEqualTo(
                                    "One person is doing kitchen on Thursday morning. Take someone off first, or keep at least that many places.");
                });
        assertThatThrownBy(() -> week.withPlaces(thursday.getId(), Map.of())).isInstanceOf(Refusal.class);
    }
}

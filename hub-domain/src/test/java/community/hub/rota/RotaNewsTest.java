package community.hub.rota;

import static community.hub.rota.CafeRole.BARISTA;
import static community.hub.rota.CafeRole.FRONT_OF_HOUSE;
import static community.hub.rota.CafeRole.KITCHEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who is emailed what when a week is published, and when it changes for them afterwards. */
class RotaNewsTest {

    private final Cafe cafe = new Cafe();
    private final Shift tuesdayMorning = Cafe.morning(DayOfWeek.TUESDAY);
    private final Shift thursdayAfternoon = Cafe.afternoon(DayOfWeek.THURSDAY);
    private final Shift friday = Cafe.morning(DayOfWeek.FRIDAY);
    private final RotaMember priya = cafe.joins("Priya Shah", KITCHEN, FRONT_OF_HOUSE);
    private final RotaMember gary = cafe.joins("Gary Holt", KITCHEN, BARISTA);
    private final RotaMember sam = cafe.joins("Sam Kelly", BARISTA);
    private final Map<Long, String> addresses = Map.of(priya.getId(), "priya@cafe.example");

    {
        priya.sendRotaBy(Set.of(RotaDelivery.EMAIL));
        gary.sendRotaBy(Set.of(RotaDelivery.EMAIL));
        sam.sendRotaBy(Set.of(RotaDelivery.EASY_READ_PRINT));
    }

    private Rota rota(Assignment... places) {
        return new Rota(Cafe.WEEK, List.of(tuesdayMorning, thursdayAfternoon, friday), List.of(places));
    }

    private RotaDeliveries deliveries(Rota rota, Set<Long> changed) {
        return RotaDeliveries.of(rota, cafe.team, addresses, changed);
    }

    @Test
    void publishingEmailsEachMemberWithAnAddressTheirOwnPlacesInTimeOrder() {
        Rota week = rota(
                new Assignment(thursdayAfternoon, priya.getId(), FRONT_OF_HOUSE, false),
                new Assignment(tuesdayMorning, priya.getId(), KITCHEN, true),
                new Assignment(tuesdayMorning, gary.getId(), BARISTA, false),
                new Assignment(tuesdayMorning, sam.getId(), BARISTA, false));

        RotaNews news = RotaNews.published(
                week, deliveries(week, Set.of()), Map.of(thursdayAfternoon.getId(), "Community lunch"));

        assertThat(news.kind()).isEqualTo(RotaNews.Kind.PUBLISHED);
        assertThat(news.week()).isEqualTo(Cafe.WEEK);
        assertThat(news.members())
                .as("Gary has no address, Sam wants print")
                .singleElement()
                .satisfies(told -> {
                    assertThat(told.name()).isEqualTo("Priya Shah");
                    assertThat(told.address()).isEqualTo("priya@cafe.example");
                    assertThat(told.shifts())
                            .containsExactly(
                                    new RotaNews.Place(tuesdayMorning, KITCHEN, null),
                                    new RotaNews.Place(thursdayAfternoon, FRONT_OF_HOUSE, "Community lunch"));
                    assertThat(told.added()).isEmpty();
                    assertThat(told.removed()).isEmpty();
                });
    }

    @Test
    void someoneWithNoPlaceThatWeekIsNotWrittenToWhenItIsPublished() {
        Rota week = rota(new Assignment(tuesdayMorning, gary.getId(), BARISTA, false));

        assertThat(RotaNews.published(week, deliveries(week, Set.of()), Map.of())
                        .isEmpty())
                .isTrue();
    }

    @Test
    void aChangeTellsWhatIsNewWhatIsGoneAndEveryPlaceNowOnlyToThoseItChanged() {
        Rota before = rota(
                new Assignment(tuesdayMorning, priya.getId(), KITCHEN, false),
                new Assignment(friday, priya.getId(), KITCHEN, false),
                new Assignment(tuesdayMorning, gary.getId(), BARISTA, false));
        Rota after = rota(
                new Assignment(thursdayAfternoon, priya.getId(), KITCHEN, true),
                new Assignment(friday, priya.getId(), KITCHEN, true),
                new Assignment(tuesdayMorning, gary.getId(), BARISTA, true));
        Set<Long> changed = RotaNews.changedMembers(before, after);

        RotaNews news = RotaNews.changed(before, after, deliveries(after, changed), Map.of());

        assertThat(changed).as("locking a place is no change").containsExactly(priya.getId());
        assertThat(news.kind()).isEqualTo(RotaNews.Kind.CHANGED);
        assertThat(news.members()).singleElement().satisfies(told -> {
            assertThat(told.added()).containsExactly(new RotaNews.Place(thursdayAfternoon, KITCHEN, null));
            assertThat(told.removed()).containsExactly(new RotaNews.Place(tuesdayMorning, KITCHEN, null));
            assertThat(told.shifts()).extracting(RotaNews.Place::shift).containsExactly(thursdayAfternoon, friday);
        });
    }

    @Test
    void someoneTakenOffEveryShiftIsToldTheyHaveNoneAndANewJobOnTheSameShiftIsAChange() {
        Rota before = rota(new Assignment(tuesdayMorning, priya.getId(), KITCHEN, false));
        Rota newJob = rota(new Assignment(tuesdayMorning, priya.getId(), FRONT_OF_HOUSE, false));
        Rota none = rota();

        RotaNews moved =
                RotaNews.changed(before, newJob, deliveries(newJob, RotaNews.changedMembers(before, newJob)), Map.of());
        RotaNews off =
                RotaNews.changed(before, none, deliveries(none, RotaNews.changedMembers(before, none)), Map.of());

        assertThat(moved.members()).singleElement().satisfies(told -> {
            assertThat(told.added()).containsExactly(new RotaNews.Place(tuesdayMorning, FRONT_OF_HOUSE, null));
            assertThat(told.removed()).containsExactly(new RotaNews.Place(tuesdayMorning, KITCHEN, null));
        });
        assertThat(off.members()).singleElement().satisfies(told -> {
            assertThat(told.shifts()).isEmpty();
            assertThat(told.removed()).containsExactly(new RotaNews.Place(tuesdayMorning, KITCHEN, null));
        });
    }
}

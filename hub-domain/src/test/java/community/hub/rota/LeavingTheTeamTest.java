package community.hub.rota;

import static community.hub.rota.CafeRole.BARISTA;
import static community.hub.rota.CafeRole.KITCHEN;
import static community.hub.rota.CafeRole.SUPERVISOR_JOB_COACH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Someone leaves the café team in the middle of a week: they give up their places on shifts still to come and keep
 * the ones already started or worked; auto-fill does not place them again, and their open places say they left.
 */
class LeavingTheTeamTest {

    private final Cafe cafe = new Cafe();
    private final RotaMember maggie = cafe.joins("Maggie Byrne", SUPERVISOR_JOB_COACH);
    private final RotaMember kit = cafe.joins("Kit Ramsay", KITCHEN);
    private final RotaMember sam = cafe.joins("Sam Kelly", BARISTA);

    @Test
    void theyGiveUpOnlyThePlacesOnShiftsStillToComeAndTheOpenPlacesSayTheyLeft() {
        Shift monday = Cafe.morning(DayOfWeek.MONDAY);
        Shift wednesdayMorning = Cafe.morning(DayOfWeek.WEDNESDAY);
        Shift wednesdayAfternoon = Cafe.afternoon(DayOfWeek.WEDNESDAY);
        Shift friday = Cafe.morning(DayOfWeek.FRIDAY);
        Rota week = new Rota(
                Cafe.WEEK,
                List.of(monday, wednesdayMorning, wednesdayAfternoon, friday),
                List.of(
                        new Assignment(monday, kit.getId(), KITCHEN, false),
                        new Assignment(wednesdayMorning, kit.getId(), KITCHEN, false),
                        new Assignment(wednesdayAfternoon, kit.getId(), KITCHEN, true),
                        new Assignment(friday, kit.getId(), KITCHEN, false),
                        new Assignment(friday, sam.getId(), BARISTA, false)));
        LocalDateTime wednesdayLunchtime = Cafe.on(DayOfWeek.WEDNESDAY).atTime(12, 0);

        List<Assignment> givenUp = week.placesFrom(kit.getId(), wednesdayLunchtime);
        Rota after = week.without(givenUp);

        assertThat(givenUp).extracting(Assignment::getShift).containsExactly(wednesdayAfternoon, friday);
        assertThat(after.shiftsOf(kit.getId()))
                .extracting(Assignment::getShift)
                .as("worked, or under way")
                .containsExactly(monday, wednesdayMorning);
        assertThat(after.shiftsOf(sam.getId())).hasSize(1);
        assertThat(week.placesFrom(kit.getId(), Cafe.on(DayOfWeek.WEDNESDAY).atTime(12, 30)))
                .as("a shift starting that minute is still to come")
                .hasSize(2);

        List<RotaMember> teamWithoutKit = List.of(maggie, sam);
        FilledRota refilled = new RotaFiller(cafe.rules()).fill(after, teamWithoutKit);
        assertThat(refilled.getRota().getAssignments())
                .noneMatch(held -> held.getMemberId() == kit.getId()
                        && (held.getShift().equals(wednesdayAfternoon)
                                || held.getShift().equals(friday)));
        Gap fridayKitchen = refilled.getGaps().stream()
                .filter(gap -> gap.getShift().equals(friday) && gap.getRole() == KITCHEN)
                .findFirst()
                .orElseThrow();
        assertThat(fridayKitchen.leftBy("Kit Ramsay").reason(Locale.UK))
                .isEqualTo(
                        "Kit Ramsay has left the caf\u00e9 team. No one on the caf\u00e9 team is trained for kitchen.");
        assertThat(fridayKitchen.leftBy("Kit Ramsay").getMissing()).isEqualTo(fridayKitchen.getMissing());
    }
}

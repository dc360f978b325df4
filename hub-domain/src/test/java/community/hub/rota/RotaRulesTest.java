package community.hub.rota;

import static community.hub.rota.Cafe.WEEK;
import static community.hub.rota.Cafe.afternoon;
import static community.hub.rota.Cafe.morning;
import static community.hub.rota.Cafe.on;
import static community.hub.rota.CafeRole.BARISTA;
import static community.hub.rota.CafeRole.FRONT_OF_HOUSE;
import static community.hub.rota.CafeRole.KITCHEN;
import static community.hub.rota.CafeRole.SUPERVISOR_JOB_COACH;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.Refusal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff dragging people between places and volunteers handing shifts to each other, checked against the
 * same rules auto-fill keeps. Tuesday morning starts with Maggie coaching, Alex on the coffee machine,
 * Jo in the kitchen and Sam on the till; one job coach supports two members.
 */
class RotaRulesTest {

    private static final Shift WEDNESDAY_LUNCH =
            new Shift("2026-03-04-lunch", on(WEDNESDAY), LocalTime.NOON, LocalTime.of(13, 30), Map.of(KITCHEN, 1));

    private final Cafe cafe = new Cafe();
    private RotaMember maggie;
    private RotaMember dev;
    private RotaMember alex;
    private RotaMember sam;
    private RotaMember jo;
    private RotaMember tom;
    private RotaMember priya;
    private Rota week;

    @BeforeEach
    void tuesdayMorningIsFull() {
        maggie = cafe.joins("Maggie", SUPERVISOR_JOB_COACH);
        dev = cafe.joins("Dev", SUPERVISOR_JOB_COACH, FRONT_OF_HOUSE);
        alex = cafe.joins("Alex", BARISTA, KITCHEN);
        alex.changeMaximumPerWeek(Duration.ofHours(8));
        sam = cafe.joins("Sam", BARISTA, FRONT_OF_HOUSE);
        sam.workAlongsideJobCoach(true);
        jo = cafe.joins("Jo", KITCHEN);
        jo.workAlongsideJobCoach(true);
        tom = cafe.joins("Tom", FRONT_OF_HOUSE, BARISTA);
        tom.workAlongsideJobCoach(true);
        tom.changeAvailability(List.of(new AvailableTime(TUESDAY, Cafe.OPENS, Cafe.CLOSES)));
        priya = cafe.joins("Priya", KITCHEN, FRONT_OF_HOUSE);
        List<Shift> shifts = new ArrayList<>(Cafe.shifts());
        shifts.add(WEDNESDAY_LUNCH);
        week = new Rota(
                WEEK,
                shifts,
                List.of(
                        placed(maggie, morning(TUESDAY), SUPERVISOR_JOB_COACH),
                        placed(alex, morning(TUESDAY), BARISTA),
                        placed(jo, morning(TUESDAY), KITCHEN),
                        placed(sam, morning(TUESDAY), FRONT_OF_HOUSE),
                        placed(alex, morning(MONDAY), BARISTA)));
    }

    private static Assignment placed(RotaMember member, Shift shift, CafeRole role) {
        return new Assignment(shift, member.getId(), role, false);
    }

    private Optional<String> check(RotaChange change) {
        return cafe.rules().check(week, cafe.team, change).map(reason -> reason.message(Locale.UK));
    }

    @Test
    void aVolunteerMayHandTheirShiftToSomeoneWhoKeepsEveryRule() {
        RotaChange swap = RotaChange.handOver(placed(sam, morning(TUESDAY), FRONT_OF_HOUSE), priya.getId());

        assertThat(check(swap)).isEmpty();
        Rota after = cafe.rules().apply(week, cafe.team, swap);
        assertThat(after.assignedTo(morning(TUESDAY), FRONT_OF_HOUSE))
                .containsExactly(Assignment.setByStaff(morning(TUESDAY), priya.getId(), FRONT_OF_HOUSE));
        assertThat(after.shiftsOf(sam.getId())).isEmpty();
        assertThat(week.shiftsOf(sam.getId()))
                .as("the week it was made from is unchanged")
                .hasSize(1);
    }

    @Test
    void aShiftCannotGoToSomeoneNotTrainedForTheRole() {
        assertThat(check(RotaChange.handOver(placed(alex, morning(TUESDAY), BARISTA), priya.getId())))
                .contains("Priya is not trained for barista.");
    }

    @Test
    void aRefusalSaidToThePersonTakingTheShiftSpeaksToThemAndOneAboutSomeoneElseStaysAsItIs() {
        RotaChange untrained = RotaChange.handOver(placed(alex, morning(TUESDAY), BARISTA), priya.getId());
        RotaChange notFree = RotaChange.handOver(placed(alex, morning(MONDAY), BARISTA), tom.getId());
        RotaChange gone = RotaChange.handOver(placed(priya, morning(TUESDAY), BARISTA), tom.getId());

        assertThat(cafe.rules().check(week, cafe.team, untrained).orElseThrow().saidToThePerson())
                .extracting(reason -> reason.message(Locale.UK), reason -> reason.message(Locale.forLanguageTag("pl")))
                .containsExactly("You are not trained for barista.", "Nie masz przeszkolenia do zadania: barista.");
        assertThat(cafe.rules()
                        .check(week, cafe.team, notFree)
                        .orElseThrow()
                        .saidToThePerson()
                        .message(Locale.UK))
                .isEqualTo("You are not free for the whole of the Monday morning shift.");
        assertThat(cafe.rules()
                        .check(week, cafe.team, gone)
                        .orElseThrow()
                        .saidToThePerson()
                        .message(Locale.UK))
                .as("about the person who no longer holds the place, not the taker")
                .startsWith("Priya is no longer working on Tuesday morning");
    }

    @Test
    void aShiftCannotGoToSomeoneNotFreeForAllOfIt() {
        assertThat(check(RotaChange.handOver(placed(alex, morning(MONDAY), BARISTA), tom.getId())))
                .contains("Tom is not free for the whole of the Monday morning shift.");
    }

    @Test
    void aShiftCannotGoToSomeoneAway() {
        priya.goAway(TimeAway.on(on(TUESDAY)));

        assertThat(check(RotaChange.handOver(placed(jo, morning(TUESDAY), KITCHEN), priya.getId())))
                .contains("Priya is away on Tuesday 3 March.");
    }

    @Test
    void nobodyCanBeMovedToASecondPlaceAtTheSameTime() {
        assertThat(check(RotaChange.handOver(placed(jo, morning(TUESDAY), KITCHEN), alex.getId())))
                .contains("Alex is already working at that time on Tuesday morning.");
    }

    @Test
    void nobodyCanBeGivenMoreThanTheirMaximumHours() {
        assertThat(check(RotaChange.place(Assignment.setByStaff(WEDNESDAY_LUNCH, alex.getId(), KITCHEN))))
                .contains("This would give Alex 9.5 hours that week, more than their maximum of 8 hours.");
    }

    @Test
    void someoneWhoNeedsAJobCoachCannotGoWhereThereIsNone() {
        assertThat(check(RotaChange.place(Assignment.setByStaff(afternoon(SATURDAY), jo.getId(), KITCHEN))))
                .contains("Jo needs a job coach on shift, and there is no job coach on Saturday afternoon.");
    }

    @Test
    void aJobCoachCannotTakeOnMoreMembersThanTheCafeAllows() {
        RotaChange swap = RotaChange.handOver(placed(alex, morning(TUESDAY), BARISTA), tom.getId());

        assertThat(check(swap))
                .contains("Tom needs a job coach, and every job coach on Tuesday morning already supports 2 members.");
        cafe.oneJobCoachSupports(3);
        assertThat(check(swap)).isEmpty();
    }

    @Test
    void theJobCoachCannotLeaveMembersWhoNeedThemAlone() {
        Assignment maggieOnTuesday = placed(maggie, morning(TUESDAY), SUPERVISOR_JOB_COACH);
        String tooFew =
                "Without Maggie on Tuesday morning, there would not be enough job coaches for the members who need one.";

        assertThat(check(RotaChange.takeOff(maggieOnTuesday))).contains(tooFew);
        assertThat(check(RotaChange.move(maggieOnTuesday, morning(WEDNESDAY), SUPERVISOR_JOB_COACH)))
                .contains(tooFew);
        assertThat(check(RotaChange.handOver(maggieOnTuesday, dev.getId())))
                .as("another job coach takes over")
                .isEmpty();
    }

    @Test
    void aPlaceSomeoneHoldsCannotBeGivenToSomeoneElseAsWell() {
        assertThat(check(RotaChange.place(Assignment.setByStaff(morning(TUESDAY), priya.getId(), KITCHEN))))
                .contains("Every kitchen place on Tuesday morning is already filled.");
    }

    @Test
    void aSwapOfAPlaceSomeoneNoLongerHoldsIsRefused() {
        assertThat(check(RotaChange.handOver(placed(sam, morning(WEDNESDAY), FRONT_OF_HOUSE), priya.getId())))
                .contains(
                        "Sam is no longer working on Wednesday morning: someone has changed the rota. Please look at it again.");
    }

    @Test
    void twoPeopleCanSwapPlacesAndBothNewPlacesAreLocked() {
        Rota wednesday = cafe.rules()
                .apply(
                        week,
                        cafe.team,
                        RotaChange.of(
                                List.of(),
                                List.of(
                                        placed(dev, morning(WEDNESDAY), SUPERVISOR_JOB_COACH),
                                        placed(priya, morning(WEDNESDAY), KITCHEN))));

        Rota swapped = cafe.rules()
                .apply(
                        wednesday,
                        cafe.team,
                        RotaChange.exchange(
                                placed(jo, morning(TUESDAY), KITCHEN), placed(priya, morning(WEDNESDAY), KITCHEN)));

        assertThat(swapped.assignedTo(morning(TUESDAY), KITCHEN))
                .containsExactly(Assignment.setByStaff(morning(TUESDAY), priya.getId(), KITCHEN));
        assertThat(swapped.assignedTo(morning(WEDNESDAY), KITCHEN))
                .containsExactly(Assignment.setByStaff(morning(WEDNESDAY), jo.getId(), KITCHEN));
    }

    @Test
    void aSwapThatTakesSomeoneAwayFromTheirJobCoachIsRefused() {
        Rota saturday = cafe.rules()
                .apply(week, cafe.team, RotaChange.place(placed(priya, afternoon(SATURDAY), FRONT_OF_HOUSE)));

        assertThat(check(
                        saturday,
                        RotaChange.exchange(
                                placed(sam, morning(TUESDAY), FRONT_OF_HOUSE),
                                placed(priya, afternoon(SATURDAY), FRONT_OF_HOUSE))))
                .contains("Sam needs a job coach on shift, and there is no job coach on Saturday afternoon.");
    }

    @Test
    void aChangeThatBreaksARuleIsRefusedAndTheWeekIsUnchanged() {
        RotaChange swap = RotaChange.handOver(placed(alex, morning(TUESDAY), BARISTA), priya.getId());

        assertThatThrownBy(() -> cafe.rules().apply(week, cafe.team, swap))
                .isInstanceOf(Refusal.class)
                .hasMessage("Priya is not trained for barista.")
                .satisfies(refusal -> assertThat(((Refusal) refusal).kind()).isEqualTo(Refusal.Kind.CONFLICT));
        assertThat(week.assignedTo(morning(TUESDAY), BARISTA)).containsExactly(placed(alex, morning(TUESDAY), BARISTA));
    }

    @Test
    void everyPlaceAutoFillMakesPassesTheSameCheck() {
        Rota filled = new RotaFiller(cafe.rules()).fill(week, cafe.team).getRota();

        assertThat(filled.getAssignments())
                .hasSizeGreaterThan(week.getAssignments().size() + 20)
                .allSatisfy(held -> assertThat(check(filled, RotaChange.of(List.of(held), List.of(held))))
                        .as(held.toString())
                        .isEmpty());
    }

    private Optional<String> check(Rota rota, RotaChange change) {
        return cafe.rules().check(rota, cafe.team, change).map(reason -> reason.message(Locale.UK));
    }
}

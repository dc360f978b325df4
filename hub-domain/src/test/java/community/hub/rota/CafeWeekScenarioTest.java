package community.hub.rota;

import static community.hub.rota.Cafe.CHANGEOVER;
import static community.hub.rota.Cafe.CLOSES;
import static community.hub.rota.Cafe.OPENS;
import static community.hub.rota.Cafe.WEEK;
import static community.hub.rota.Cafe.afternoon;
import static community.hub.rota.Cafe.just;
import static community.hub.rota.Cafe.morning;
import static community.hub.rota.Cafe.on;
import static community.hub.rota.Cafe.reasonFor;
import static community.hub.rota.Cafe.reasons;
import static community.hub.rota.CafeRole.BARISTA;
import static community.hub.rota.CafeRole.FRONT_OF_HOUSE;
import static community.hub.rota.CafeRole.KITCHEN;
import static community.hub.rota.CafeRole.SUPERVISOR_JOB_COACH;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A week at the café, 2 to 7 March 2026, as the staff who run the rota would tell it: who auto-fill
 * puts where, who it must never put there, and what it says about the places it leaves open.
 */
class CafeWeekScenarioTest {

    private final Cafe cafe = new Cafe();

    @Test
    void onlySomeoneTrainedForARoleTakesAPlaceInIt() {
        cafe.joins("Maggie", SUPERVISOR_JOB_COACH);
        cafe.joins("Priya", KITCHEN);
        cafe.joins("Alex", BARISTA);
        Shift tuesday = morning(TUESDAY);

        FilledRota filled = cafe.fill(just(tuesday));

        assertThat(cafe.on(filled.getRota(), tuesday, SUPERVISOR_JOB_COACH)).containsExactly("Maggie");
        assertThat(cafe.on(filled.getRota(), tuesday, BARISTA)).containsExactly("Alex");
        assertThat(cafe.on(filled.getRota(), tuesday, KITCHEN)).containsExactly("Priya");
        assertThat(cafe.on(filled.getRota(), tuesday, FRONT_OF_HOUSE)).isEmpty();
        assertThat(reasons(filled)).containsExactly("No one on the café team is trained for front of house.");
    }

    @Test
    void someoneIsPlacedOnlyWhenTheyAreFreeForTheWholeShift() {
        RotaMember alex = cafe.joins("Alex", BARISTA);
        RotaMember priya = cafe.joins("Priya", BARISTA);
        alex.changeAvailability(List.of(new AvailableTime(TUESDAY, LocalTime.of(9, 0), CLOSES)));
        priya.changeAvailability(List.of(
                new AvailableTime(TUESDAY, OPENS, LocalTime.of(10, 30)),
                new AvailableTime(TUESDAY, LocalTime.of(10, 30), CHANGEOVER)));

        FilledRota filled = cafe.fill(just(morning(TUESDAY), afternoon(TUESDAY), morning(WEDNESDAY)));

        assertThat(cafe.on(filled.getRota(), morning(TUESDAY), BARISTA))
                .as("Alex only comes in at nine")
                .containsExactly("Priya");
        assertThat(cafe.on(filled.getRota(), afternoon(TUESDAY), BARISTA))
                .as("Priya leaves at half past twelve")
                .containsExactly("Alex");
        assertThat(reasonFor(filled, morning(WEDNESDAY), BARISTA))
                .isEqualTo("No one trained for barista is free on Wednesday morning.");
    }

    @Test
    void someoneAwayIsNotPlacedOnTheDaysTheyAreAway() {
        RotaMember priya = cafe.joins("Priya", BARISTA);
        RotaMember alex = cafe.joins("Alex", BARISTA);
        priya.goAway(TimeAway.on(on(TUESDAY)));
        priya.goAway(TimeAway.on(on(THURSDAY)));
        alex.goAway(new TimeAway(on(THURSDAY), on(FRIDAY)));

        FilledRota filled = cafe.fill(just(morning(TUESDAY), morning(WEDNESDAY), morning(THURSDAY), morning(FRIDAY)));

        assertThat(cafe.on(filled.getRota(), morning(TUESDAY), BARISTA)).containsExactly("Alex");
        assertThat(cafe.on(filled.getRota(), morning(WEDNESDAY), BARISTA)).containsExactly("Priya");
        assertThat(cafe.on(filled.getRota(), morning(THURSDAY), BARISTA)).isEmpty();
        assertThat(cafe.on(filled.getRota(), morning(FRIDAY), BARISTA)).containsExactly("Priya");
        assertThat(reasonFor(filled, morning(THURSDAY), BARISTA))
                .isEqualTo("No one trained for barista is free on Thursday morning.");
    }

    @Test
    void nobodyWorksMoreThanTheirMaximumHoursCountingThePlacesStaffLocked() {
        RotaMember alex = cafe.joins("Alex", BARISTA, KITCHEN);
        alex.changeMaximumPerWeek(Duration.ofHours(8));
        List<Shift> mornings = Cafe.OPEN_DAYS.stream().map(Cafe::morning).toList();
        Rota week = new Rota(WEEK, mornings, List.of(Assignment.setByStaff(morning(MONDAY), alex.getId(), KITCHEN)));

        FilledRota filled = cafe.fill(week);

        assertThat(filled.getRota().shiftsOf(alex.getId()))
                .extracting(Assignment::getShift, Assignment::getRole)
                .containsExactly(tuple(morning(MONDAY), KITCHEN), tuple(morning(TUESDAY), BARISTA));
        assertThat(filled.getRota().hoursOf(alex.getId())).isEqualTo(Duration.ofHours(8));
        assertThat(reasonFor(filled, morning(WEDNESDAY), BARISTA))
                .isEqualTo(
                        "Everyone trained for barista who is free on Wednesday morning has reached their maximum hours for the week.");
        assertThat(reasonFor(filled, morning(SATURDAY), KITCHEN))
                .isEqualTo(
                        "Everyone trained for kitchen who is free on Saturday morning has reached their maximum hours for the week.");
    }

    @Test
    void whenSomeAreWorkingAndTheRestAreOutOfHoursTheReasonSaysSo() {
        cafe.joins("Alex", BARISTA);
        RotaMember chris = cafe.joins("Chris", BARISTA);
        chris.changeMaximumPerWeek(Duration.ofHours(4));
        Shift coffeeMorning = new Shift(
                "2026-03-06-coffee-morning", on(FRIDAY), LocalTime.of(9, 0), LocalTime.of(11, 0), Map.of(BARISTA, 2));
        Rota week = new Rota(
                WEEK,
                List.of(morning(THURSDAY), coffeeMorning),
                List.of(Assignment.setByStaff(morning(THURSDAY), chris.getId(), BARISTA)));

        FilledRota filled = cafe.fill(week);

        assertThat(cafe.on(filled.getRota(), coffeeMorning, BARISTA)).containsExactly("Alex");
        assertThat(reasonFor(filled, coffeeMorning, BARISTA))
                .isEqualTo("Everyone trained for barista who is free on Friday morning"
                        + " is already working at that time or has reached their maximum hours for the week.");
    }

    @Test
    void aWeekNotYetFilledSaysWhichPlacesSomeoneCouldStillTake() {
        cafe.joins("Alex", BARISTA);

        List<Gap> gaps = new RotaFiller(cafe.rules()).gaps(just(morning(TUESDAY)), cafe.team);

        assertThat(gaps)
                .extracting(Gap::getRole)
                .containsExactly(SUPERVISOR_JOB_COACH, BARISTA, KITCHEN, FRONT_OF_HOUSE);
        assertThat(gaps.get(1).reason(Locale.UK))
                .isEqualTo("This place is still open: someone trained for barista is free on Tuesday morning.");
    }

    @Test
    void nobodyHasTwoPlacesAtOnceButOneShiftMayFollowAnother() {
        cafe.joins("Alex", KITCHEN, BARISTA);
        Shift lunch = new Shift(
                "2026-03-05-community-lunch", on(THURSDAY), LocalTime.NOON, LocalTime.of(14, 0), Map.of(KITCHEN, 2));
        List<Shift> thursday = Cafe.pattern().shiftsFor(WEEK, List.of(), List.of(lunch)).stream()
                .filter(shift -> shift.getDay() == THURSDAY)
                .toList();

        FilledRota filled = cafe.fill(Rota.unfilled(WEEK, thursday));

        assertThat(cafe.on(filled.getRota(), morning(THURSDAY), BARISTA)).containsExactly("Alex");
        assertThat(cafe.on(filled.getRota(), morning(THURSDAY), KITCHEN)).isEmpty();
        assertThat(cafe.on(filled.getRota(), lunch, KITCHEN)).isEmpty();
        assertThat(cafe.on(filled.getRota(), afternoon(THURSDAY), BARISTA))
                .as("the afternoon starts as the morning ends")
                .containsExactly("Alex");
        assertThat(filled.gapsOn(lunch))
                .singleElement()
                .satisfies(gap -> assertThat(gap.getMissing()).isEqualTo(2));
        assertThat(reasonFor(filled, lunch, KITCHEN))
                .isEqualTo(
                        "Everyone trained for kitchen who is free on Thursday afternoon is already working at that time.");
        assertThat(reasonFor(filled, morning(THURSDAY), KITCHEN))
                .isEqualTo(
                        "Everyone trained for kitchen who is free on Thursday morning is already working at that time.");
    }

    @Test
    void thePlaceFewestPeopleCanTakeIsFilledFirst() {
        cafe.joins("Maggie", SUPERVISOR_JOB_COACH);
        cafe.joins("Priya", KITCHEN, FRONT_OF_HOUSE);
        cafe.joins("Jo", KITCHEN);

        FilledRota filled = cafe.fill(just(afternoon(MONDAY)));

        assertThat(cafe.on(filled.getRota(), afternoon(MONDAY), FRONT_OF_HOUSE))
                .as("only Priya can do the till")
                .containsExactly("Priya");
        assertThat(cafe.on(filled.getRota(), afternoon(MONDAY), KITCHEN)).containsExactly("Jo");
        assertThat(reasons(filled)).containsExactly("No one on the café team is trained for barista.");
    }

    @Test
    void aJobCoachSupportsAsManyMembersAsTheCafeAllowsAndNoMore() {
        theJobCoachAndThreeMembersWhoNeedOne();
        cafe.oneJobCoachSupports(2);

        FilledRota filled = cafe.fill(just(morning(TUESDAY)));

        assertThat(cafe.on(filled.getRota(), morning(TUESDAY), SUPERVISOR_JOB_COACH))
                .containsExactly("Maggie");
        assertThat(cafe.on(filled.getRota(), morning(TUESDAY), BARISTA)).containsExactly("Sam");
        assertThat(cafe.on(filled.getRota(), morning(TUESDAY), KITCHEN)).containsExactly("Jo");
        assertThat(cafe.on(filled.getRota(), morning(TUESDAY), FRONT_OF_HOUSE)).isEmpty();
        assertThat(reasons(filled))
                .containsExactly(
                        "Every job coach on Tuesday morning already supports 2 members, so members who need one could not be placed.");
    }

    @Test
    void aCafeThatLetsAJobCoachSupportThreeFillsTheShift() {
        theJobCoachAndThreeMembersWhoNeedOne();
        cafe.oneJobCoachSupports(3);

        FilledRota filled = cafe.fill(just(morning(TUESDAY)));

        assertThat(cafe.on(filled.getRota(), morning(TUESDAY), FRONT_OF_HOUSE)).containsExactly("Tom");
        assertThat(filled.getGaps()).isEmpty();
    }

    @Test
    void jobCoachesArePlacedFirstSoMembersWhoNeedOneGetTheirFairShare() {
        cafe.joins("Maggie", SUPERVISOR_JOB_COACH);
        cafe.joins("Dev", SUPERVISOR_JOB_COACH);
        RotaMember alex = cafe.joins("Alex", BARISTA);
        cafe.joins("Sam", BARISTA).workAlongsideJobCoach(true);
        Rota week = new Rota(
                WEEK,
                List.of(morning(MONDAY), morning(TUESDAY)),
                List.of(Assignment.setByStaff(morning(MONDAY), alex.getId(), BARISTA)));

        FilledRota filled = cafe.fill(week);

        assertThat(cafe.on(filled.getRota(), morning(TUESDAY), SUPERVISOR_JOB_COACH))
                .containsExactly("Dev");
        assertThat(cafe.on(filled.getRota(), morning(TUESDAY), BARISTA))
                .as("Sam has had no shifts yet; Alex had Monday")
                .containsExactly("Sam");
    }

    @Test
    void whenTheJobCoachHasNoRoomLeftSomeoneWhoNeedsNoSupportTakesThePlace() {
        theJobCoachAndThreeMembersWhoNeedOne();
        cafe.joins("Priya", KITCHEN);
        cafe.oneJobCoachSupports(1);

        FilledRota filled = cafe.fill(just(morning(TUESDAY)));

        assertThat(cafe.on(filled.getRota(), morning(TUESDAY), BARISTA)).containsExactly("Sam");
        assertThat(cafe.on(filled.getRota(), morning(TUESDAY), KITCHEN)).containsExactly("Priya");
        assertThat(reasons(filled))
                .containsExactly(
                        "Every job coach on Tuesday morning already supports one member, so members who need one could not be placed.");
    }

    @Test
    void withoutAJobCoachNobodyWhoNeedsOneIsPlaced() {
        RotaMember maggie = theJobCoachAndThreeMembersWhoNeedOne();
        maggie.goAway(TimeAway.on(on(TUESDAY)));

        FilledRota filled = cafe.fill(just(morning(TUESDAY)));

        assertThat(filled.getRota().getAssignments()).isEmpty();
        assertThat(reasons(filled))
                .containsExactly(
                        "No one trained for job coaching is free on Tuesday morning.",
                        "No job coach is on shift on Tuesday morning, so members who need one could not be placed.",
                        "No job coach is on shift on Tuesday morning, so members who need one could not be placed.",
                        "No job coach is on shift on Tuesday morning, so members who need one could not be placed.");
    }

    private RotaMember theJobCoachAndThreeMembersWhoNeedOne() {
        RotaMember maggie = cafe.joins("Maggie", SUPERVISOR_JOB_COACH);
        cafe.joins("Sam", BARISTA).workAlongsideJobCoach(true);
        cafe.joins("Jo", KITCHEN).workAlongsideJobCoach(true);
        cafe.joins("Tom", FRONT_OF_HOUSE).workAlongsideJobCoach(true);
        return maggie;
    }

    @Test
    void placesStaffLockedStayAsTheyAreAndStartingAgainKeepsOnlyThose() {
        cafe.joins("Maggie", SUPERVISOR_JOB_COACH);
        cafe.joins("Alex", BARISTA);
        RotaMember chris = cafe.joins("Chris", BARISTA);
        Assignment chrisOnWednesday = Assignment.setByStaff(morning(WEDNESDAY), chris.getId(), BARISTA);
        Rota week = new Rota(WEEK, List.of(morning(WEDNESDAY), morning(THURSDAY)), List.of(chrisOnWednesday));

        FilledRota filled = cafe.fill(week);

        assertThat(filled.getRota().assignedTo(morning(WEDNESDAY), BARISTA)).containsExactly(chrisOnWednesday);
        assertThat(cafe.on(filled.getRota(), morning(THURSDAY), BARISTA))
                .as("fewest hours first")
                .containsExactly("Alex");
        assertThat(filled.getRota().keepingOnlyLocked().getAssignments()).containsExactly(chrisOnWednesday);
        assertThat(cafe.fill(filled.getRota()))
                .as("a filled week fills no further")
                .isEqualTo(filled);
    }

    @Test
    void buddiesWorkTogetherBeforeHoursAreEvenedOut() {
        RotaMember sam = aBuddyStory();
        RotaMember alex = cafe.team.stream()
                .filter(member -> member.getName().equals("Alex"))
                .findFirst()
                .orElseThrow();
        alex.pairWith(sam.getId());

        FilledRota filled = cafe.fill(buddyWeek(sam));

        assertThat(cafe.on(filled.getRota(), morning(THURSDAY), KITCHEN)).containsExactly("Alex");
        assertThat(cafe.on(filled.getRota(), morning(THURSDAY), FRONT_OF_HOUSE))
                .as("Sam named by Alex as his buddy")
                .containsExactly("Sam");
    }

    @Test
    void withoutABuddyTheOneWithFewestHoursTakesThePlace() {
        RotaMember sam = aBuddyStory();

        FilledRota filled = cafe.fill(buddyWeek(sam));

        assertThat(cafe.on(filled.getRota(), morning(THURSDAY), FRONT_OF_HOUSE)).containsExactly("Priya");
    }

    @Test
    void aBuddyCountsForMoreThanLastWeeksShift() {
        RotaMember sam = aBuddyStory();
        RotaMember priya = cafe.team.stream()
                .filter(member -> member.getName().equals("Priya"))
                .findFirst()
                .orElseThrow();
        sam.pairWith(cafe.team.stream()
                .filter(member -> member.getName().equals("Alex"))
                .findFirst()
                .orElseThrow()
                .getId());
        priya.keepToSameShifts(true);
        Shift lastThursday = lastWeeks(THURSDAY, OPENS);

        FilledRota filled =
                cafe.fill(buddyWeek(sam), List.of(new Assignment(lastThursday, priya.getId(), FRONT_OF_HOUSE, false)));

        assertThat(cafe.on(filled.getRota(), morning(THURSDAY), FRONT_OF_HOUSE)).containsExactly("Sam");
    }

    /** Sam already has Monday morning, Priya nothing yet; Alex is the only one in the kitchen. */
    private RotaMember aBuddyStory() {
        cafe.joins("Maggie", SUPERVISOR_JOB_COACH);
        cafe.joins("Priya", FRONT_OF_HOUSE);
        cafe.joins("Alex", KITCHEN);
        return cafe.joins("Sam", FRONT_OF_HOUSE);
    }

    private static Rota buddyWeek(RotaMember sam) {
        return new Rota(
                WEEK,
                List.of(morning(MONDAY), morning(THURSDAY)),
                List.of(Assignment.setByStaff(morning(MONDAY), sam.getId(), FRONT_OF_HOUSE)));
    }

    @Test
    void someoneWhoLikesTheSameShiftsGetsLastWeeksShiftBeforeSomeoneWithFewerHours() {
        RotaMember priya = cafe.joins("Priya", KITCHEN);
        RotaMember jo = cafe.joins("Jo", KITCHEN);
        jo.keepToSameShifts(true);
        Rota week = new Rota(
                WEEK,
                List.of(afternoon(TUESDAY), afternoon(WEDNESDAY)),
                List.of(Assignment.setByStaff(afternoon(TUESDAY), jo.getId(), KITCHEN)));
        List<Assignment> lastWeek = List.of(
                new Assignment(lastWeeks(WEDNESDAY, CHANGEOVER), jo.getId(), KITCHEN, false),
                new Assignment(lastWeeks(WEDNESDAY, CHANGEOVER), priya.getId(), FRONT_OF_HOUSE, false));

        FilledRota filled = cafe.fill(week, lastWeek);

        assertThat(cafe.on(filled.getRota(), afternoon(WEDNESDAY), KITCHEN)).containsExactly("Jo");
    }

    @Test
    void someoneWhoLikesTheSameShiftsIsKeptForThemWhileOthersCanCover() {
        RotaMember jo = cafe.joins("Jo", KITCHEN);
        cafe.joins("Priya", KITCHEN);
        jo.keepToSameShifts(true);
        List<Assignment> lastWeek =
                List.of(new Assignment(lastWeeks(WEDNESDAY, CHANGEOVER), jo.getId(), KITCHEN, false));

        FilledRota filled = cafe.fill(just(afternoon(MONDAY), afternoon(WEDNESDAY)), lastWeek);

        assertThat(cafe.on(filled.getRota(), afternoon(MONDAY), KITCHEN)).containsExactly("Priya");
        assertThat(cafe.on(filled.getRota(), afternoon(WEDNESDAY), KITCHEN)).containsExactly("Jo");
    }

    private static Shift lastWeeks(DayOfWeek day, LocalTime start) {
        return Cafe.pattern().shiftsFor(WEEK.previous()).stream()
                .filter(shift -> shift.getDay() == day && shift.getStart().equals(start))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void hoursAreSharedEvenlyAmongThoseWhoCanWork() {
        RotaMember alex = cafe.joins("Alex", BARISTA);
        RotaMember priya = cafe.joins("Priya", BARISTA);
        RotaMember chris = cafe.joins("Chris", BARISTA);

        Rota filled = cafe.fill(Rota.unfilled(WEEK, Cafe.shifts())).getRota();

        assertThat(List.of(alex, priya, chris))
                .allSatisfy(member -> assertThat(filled.hoursOf(member.getId()))
                        .as(member.getName())
                        .isEqualTo(Duration.ofHours(16)));
    }

    @Test
    void theSameWeekAlwaysFillsTheSameWayWhateverOrderItArrivesIn() {
        theUsualTeam();
        FilledRota first = cafe.fill(Rota.unfilled(WEEK, Cafe.shifts()));

        List<Shift> shiftsBackwards = new ArrayList<>(Cafe.shifts());
        Collections.reverse(shiftsBackwards);
        Collections.reverse(cafe.team);
        FilledRota second = cafe.fill(Rota.unfilled(WEEK, shiftsBackwards));

        assertThat(second).isEqualTo(first);
        assertThat(reasons(second)).isEqualTo(reasons(first)).isNotEmpty();
    }

    @Test
    void aBusyWeekWithTheUsualTeamKeepsEveryHardRule() {
        theUsualTeam();

        FilledRota filled = cafe.fill(Rota.unfilled(WEEK, Cafe.shifts()));

        Rota rota = filled.getRota();
        assertThat(rota.getAssignments()).hasSizeGreaterThan(30);
        for (RotaMember member : cafe.team) {
            List<Assignment> theirs = rota.shiftsOf(member.getId());
            assertThat(theirs)
                    .as(member.getName() + " is trained for each role")
                    .allMatch(held -> member.getTrainedFor().contains(held.getRole()));
            assertThat(theirs)
                    .as(member.getName() + " is free for each shift")
                    .allMatch(held -> freeFor(member, held.getShift()));
            assertThat(theirs)
                    .as(member.getName() + " is not away")
                    .allMatch(held -> member.getTimeAway().stream()
                            .noneMatch(away -> !held.getShift().getDate().isBefore(away.getFirst())
                                    && !held.getShift().getDate().isAfter(away.getLast())));
            assertThat(theirs)
                    .as(member.getName() + " has one place at a time")
                    .allMatch(held -> theirs.stream()
                            .filter(other -> other != held)
                            .noneMatch(other -> sameTime(held.getShift(), other.getShift())));
            assertThat(rota.hoursOf(member.getId()))
                    .as(member.getName() + " within their hours")
                    .isLessThanOrEqualTo(member.getMaximumPerWeek());
        }
        for (Shift shift : rota.getShifts()) {
            long needingSupport = rota.getAssignments().stream()
                    .filter(held -> held.getShift().equals(shift))
                    .filter(held -> cafe.team.stream()
                            .anyMatch(member -> member.getId() == held.getMemberId() && member.isNeedsJobCoach()))
                    .count();
            assertThat(needingSupport)
                    .as("supported members on " + shift)
                    .isLessThanOrEqualTo(
                            2L * rota.assignedTo(shift, SUPERVISOR_JOB_COACH).size());
        }
        assertThat(cafe.team)
                .filteredOn(RotaMember::isNeedsJobCoach)
                .allSatisfy(member -> assertThat(rota.shiftsOf(member.getId()))
                        .as(member.getName() + " gets some shifts")
                        .isNotEmpty());
        assertThat(reasons(filled)).isNotEmpty().noneMatch(reason -> reason.startsWith("This place is still open"));
    }

    private static boolean freeFor(RotaMember member, Shift shift) {
        return member.getAvailability().stream()
                .anyMatch(time -> time.getDay() == shift.getDay()
                        && !time.getFrom().isAfter(shift.getStart())
                        && !time.getUntil().isBefore(shift.getEnd()));
    }

    private static boolean sameTime(Shift one, Shift other) {
        return one.getDate().equals(other.getDate())
                && one.getStart().isBefore(other.getEnd())
                && other.getStart().isBefore(one.getEnd());
    }

    /** About the size of the real café team, with their mix of roles, days and support. */
    private void theUsualTeam() {
        RotaMember maggie = cafe.joins("Maggie", SUPERVISOR_JOB_COACH, BARISTA);
        maggie.changeAvailability(every(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY));
        RotaMember dev = cafe.joins("Dev", SUPERVISOR_JOB_COACH, FRONT_OF_HOUSE);
        dev.changeAvailability(every(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY));
        dev.changeMaximumPerWeek(Duration.ofHours(24));
        RotaMember ruth = cafe.joins("Ruth", SUPERVISOR_JOB_COACH, KITCHEN);
        ruth.changeAvailability(every(MONDAY, WEDNESDAY, SATURDAY));
        ruth.changeMaximumPerWeek(Duration.ofHours(16));
        RotaMember alex = cafe.joins("Alex", BARISTA, KITCHEN);
        alex.changeMaximumPerWeek(Duration.ofHours(16));
        RotaMember sam = cafe.joins("Sam", BARISTA, FRONT_OF_HOUSE);
        sam.workAlongsideJobCoach(true);
        sam.changeAvailability(Cafe.OPEN_DAYS.stream()
                .filter(day -> day != SATURDAY)
                .map(day -> new AvailableTime(day, OPENS, CHANGEOVER))
                .toList());
        sam.changeMaximumPerWeek(Duration.ofHours(12));
        sam.keepToSameShifts(true);
        sam.pairWith(alex.getId());
        sam.sendRotaBy(EnumSet.of(RotaDelivery.EASY_READ_PRINT));
        RotaMember priya = cafe.joins("Priya", KITCHEN, FRONT_OF_HOUSE);
        priya.changeMaximumPerWeek(Duration.ofHours(20));
        priya.goAway(TimeAway.on(on(THURSDAY)));
        RotaMember jo = cafe.joins("Jo", KITCHEN);
        jo.workAlongsideJobCoach(true);
        jo.changeAvailability(List.of(MONDAY, WEDNESDAY, FRIDAY).stream()
                .map(day -> new AvailableTime(day, CHANGEOVER, CLOSES))
                .toList());
        jo.changeMaximumPerWeek(Duration.ofHours(8));
        RotaMember tom = cafe.joins("Tom", FRONT_OF_HOUSE, BARISTA);
        tom.workAlongsideJobCoach(true);
        tom.changeAvailability(every(TUESDAY, THURSDAY));
        tom.changeMaximumPerWeek(Duration.ofHours(8));
        RotaMember chris = cafe.joins("Chris", BARISTA, KITCHEN, FRONT_OF_HOUSE);
        chris.changeAvailability(every(SATURDAY));
        chris.changeMaximumPerWeek(Duration.ofHours(8));
        chris.sendRotaBy(EnumSet.of(RotaDelivery.CALENDAR, RotaDelivery.EMAIL));
    }

    private static List<AvailableTime> every(DayOfWeek... days) {
        return List.of(days).stream()
                .map(day -> new AvailableTime(day, OPENS, CLOSES))
                .toList();
    }
}

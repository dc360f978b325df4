package community.hub.rota;

import static community.hub.rota.Cafe.morning;
import static community.hub.rota.Cafe.on;
import static community.hub.rota.CafeRole.BARISTA;
import static community.hub.rota.CafeRole.SUPERVISOR_JOB_COACH;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.Refusal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RotaMemberTest {

    private static RotaMember sam() {
        return new RotaMember(3, " Sam ", EnumSet.of(BARISTA), Duration.ofHours(12));
    }

    private static AvailableTime tuesday(int fromHour, int fromMinute, int untilHour, int untilMinute) {
        return new AvailableTime(TUESDAY, LocalTime.of(fromHour, fromMinute), LocalTime.of(untilHour, untilMinute));
    }

    @Test
    void aNewMemberIsFreeAtNoTimeAndGetsThePrintedEasyReadRota() {
        RotaMember sam = sam();

        assertThat(sam.getName()).isEqualTo("Sam");
        assertThat(sam.isAvailableFor(morning(TUESDAY))).isFalse();
        assertThat(sam.getRotaBy()).containsExactly(RotaDelivery.EASY_READ_PRINT);
        assertThat(sam.getBuddyId()).isEmpty();
    }

    @Test
    void timesThatRunOnFromOneAnotherCoverAShiftAndAGapBetweenThemDoesNot() {
        RotaMember sam = sam();

        sam.changeAvailability(List.of(tuesday(10, 30, 12, 30), tuesday(8, 0, 10, 30)));
        assertThat(sam.isAvailableFor(morning(TUESDAY))).isTrue();

        sam.changeAvailability(List.of(tuesday(8, 0, 10, 0), tuesday(10, 15, 12, 30)));
        assertThat(sam.isAvailableFor(morning(TUESDAY))).isFalse();

        sam.changeAvailability(List.of(tuesday(8, 30, 12, 0)));
        assertThat(sam.isAvailableFor(morning(TUESDAY)))
                .as("leaves half an hour early")
                .isFalse();
        assertThat(sam.isAvailableFor(morning(WEDNESDAY))).as("only Tuesdays").isFalse();
    }

    @Test
    void availabilityIsKeptInWeekOrderWithoutRepeats() {
        RotaMember sam = sam();
        AvailableTime monday = new AvailableTime(MONDAY, LocalTime.of(8, 30), LocalTime.of(12, 30));

        sam.changeAvailability(List.of(tuesday(8, 30, 12, 30), monday, monday));

        assertThat(sam.getAvailability()).containsExactly(monday, tuesday(8, 30, 12, 30));
    }

    @Test
    void aDayKeepsTwoSeparateTimesAndTimesThatMeetOrOverlapBecomeOne() {
        RotaMember sam = sam();

        sam.changeAvailability(List.of(tuesday(14, 0, 17, 0), tuesday(8, 30, 11, 0)));
        assertThat(sam.getAvailability())
                .as("free in the morning and again in the afternoon")
                .containsExactly(tuesday(8, 30, 11, 0), tuesday(14, 0, 17, 0));

        sam.changeAvailability(List.of(tuesday(9, 0, 12, 0), tuesday(9, 0, 13, 0), tuesday(13, 0, 15, 0)));
        assertThat(sam.getAvailability()).containsExactly(tuesday(9, 0, 15, 0));
    }

    @Test
    void aDayHoldsAtMostTwoSeparateTimesAndARefusalChangesNothing() {
        RotaMember sam = sam();
        sam.changeAvailability(List.of(tuesday(8, 30, 11, 0)));

        assertThatThrownBy(() -> sam.changeAvailability(
                        List.of(tuesday(8, 0, 9, 0), tuesday(10, 0, 11, 0), tuesday(12, 0, 13, 0))))
                .isInstanceOf(Refusal.class)
                .extracting(refusal -> ((Refusal) refusal).message(Locale.UK))
                .isEqualTo("On Tuesday give at most 2 separate times. Times that meet or overlap count as one.");
        assertThat(sam.getAvailability()).containsExactly(tuesday(8, 30, 11, 0));
    }

    @Test
    void autoFillPlacesSomeoneInBothOfTheirTimesOnADayButNotInTheGapBetween() {
        RotaMember sam = sam();
        sam.changeAvailability(List.of(tuesday(8, 30, 11, 0), tuesday(14, 0, 17, 0)));
        ShiftPattern pattern = new ShiftPattern(List.of(
                new RegularShift(TUESDAY, LocalTime.of(8, 30), LocalTime.of(11, 0), Map.of(BARISTA, 1)),
                new RegularShift(TUESDAY, LocalTime.of(11, 0), LocalTime.of(14, 0), Map.of(BARISTA, 1)),
                new RegularShift(TUESDAY, LocalTime.of(14, 0), LocalTime.of(17, 0), Map.of(BARISTA, 1))));

        Rota filled = new RotaFiller(new RotaRules(new SupportRatio(2)))
                .fill(Rota.unfilled(Cafe.WEEK, pattern.shiftsFor(Cafe.WEEK)), List.of(sam))
                .getRota();

        assertThat(pattern.shiftsFor(Cafe.WEEK).stream()
                        .filter(shift -> !filled.assignedTo(shift, BARISTA).isEmpty())
                        .map(Shift::getStart))
                .containsExactly(LocalTime.of(8, 30), LocalTime.of(14, 0));
    }

    @Test
    void timeAwayIncludesItsFirstAndLastDaysAndCanBeCancelled() {
        RotaMember sam = sam();
        TimeAway holiday = new TimeAway(on(TUESDAY), on(WEDNESDAY));

        sam.goAway(holiday);

        assertThat(sam.isAwayOn(on(MONDAY))).isFalse();
        assertThat(sam.isAwayOn(on(TUESDAY))).isTrue();
        assertThat(sam.isAwayOn(on(WEDNESDAY))).isTrue();
        assertThat(sam.isAwayOn(on(FRIDAY))).isFalse();
        sam.cancelTimeAway(holiday);
        assertThat(sam.isAwayOn(on(TUESDAY))).isFalse();
    }

    @Test
    void someoneWhoNeedsAJobCoachCannotBeOne() {
        RotaMember sam = sam();
        sam.workAlongsideJobCoach(true);

        assertThatThrownBy(() -> sam.changeTraining(Set.of(BARISTA, SUPERVISOR_JOB_COACH)))
                .isInstanceOf(Refusal.class)
                .hasMessage("Someone who needs a job coach on shift cannot work as a job coach.");
        RotaMember maggie = new RotaMember(1, "Maggie", Set.of(SUPERVISOR_JOB_COACH), Duration.ofHours(30));
        assertThatThrownBy(() -> maggie.workAlongsideJobCoach(true)).isInstanceOf(Refusal.class);
        assertThat(sam.getTrainedFor()).containsExactly(BARISTA);
        assertThat(maggie.isNeedsJobCoach()).isFalse();
    }

    @Test
    void nobodyIsTheirOwnBuddy() {
        RotaMember sam = sam();

        assertThatThrownBy(() -> sam.pairWith(3L))
                .isInstanceOf(Refusal.class)
                .hasMessage("Someone cannot be their own buddy.");
        sam.pairWith(4L);
        assertThat(sam.getBuddyId()).contains(4L);
        sam.pairWith(null);
        assertThat(sam.getBuddyId()).isEmpty();
    }

    @Test
    void theMostHoursAWeekAreMoreThanNoughtAndAtMostSixty() {
        RotaMember sam = sam();

        assertThatThrownBy(() -> sam.changeMaximumPerWeek(Duration.ZERO))
                .isInstanceOf(Refusal.class)
                .hasMessage("The most hours a week must be more than nought and no more than 60.")
                .satisfies(refusal -> assertThat(((Refusal) refusal).field()).isEqualTo("maximumHoursPerWeek"));
        assertThatThrownBy(() -> sam.changeMaximumPerWeek(Duration.ofHours(61))).isInstanceOf(Refusal.class);
        sam.changeMaximumPerWeek(Duration.ofMinutes(450));
        assertThat(sam.getMaximumPerWeek()).isEqualTo(Duration.ofMinutes(450));
    }

    @Test
    void aMemberHasANameAndAWayToGetTheirRota() {
        assertThatThrownBy(() -> new RotaMember(9, " ", Set.of(BARISTA), Duration.ofHours(8)))
                .isInstanceOf(Refusal.class)
                .hasMessage("Enter a name.");
        assertThatThrownBy(() -> sam().sendRotaBy(Set.of()))
                .isInstanceOf(Refusal.class)
                .hasMessage("Choose at least one way to get the rota.");
    }

    @Test
    void aFreeTimeEndsAfterItStartsAndTimeAwayEndsAfterItBegins() {
        assertThatThrownBy(() -> tuesday(12, 30, 8, 30))
                .isInstanceOf(Refusal.class)
                .hasMessage("On Tuesday the time someone is free must end after it starts.")
                .satisfies(refusal -> assertThat(((Refusal) refusal).kind()).isEqualTo(Refusal.Kind.INVALID));
        assertThatThrownBy(() -> new TimeAway(on(WEDNESDAY), on(TUESDAY)))
                .isInstanceOf(Refusal.class)
                .hasMessage("The last day away cannot be before the first day away.");
    }
}

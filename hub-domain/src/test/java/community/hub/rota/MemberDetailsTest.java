package community.hub.rota;

import static community.hub.rota.CafeRole.BARISTA;
import static community.hub.rota.CafeRole.KITCHEN;
import static community.hub.rota.CafeRole.SUPERVISOR_JOB_COACH;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.FieldProblems;
import community.hub.Refusal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What staff say about a member of the café team, the messages beside each field they got wrong, and the rota's rules. */
class MemberDetailsTest {

    private static Map<String, String> problems(Object details) {
        return FieldProblems.of(details);
    }

    private static MemberDetails kim() {
        MemberDetails details = new MemberDetails();
        details.setName("Kim Lowe");
        details.setRoles(EnumSet.of(BARISTA, KITCHEN));
        details.setMaxHoursPerWeek(new BigDecimal("7.5"));
        details.setAvailability(List.of(new FreeTimeDetails(TUESDAY, LocalTime.of(8, 30), LocalTime.of(12, 30))));
        details.setTimeAway(List.of(new TimeAwayDetails(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12))));
        details.setNeedsJobCoach(true);
        details.setPrefersSameShifts(true);
        details.setRotaBy(EnumSet.of(RotaDelivery.EASY_READ_PRINT, RotaDelivery.CALENDAR));
        return details;
    }

    @Test
    void aNewMemberIsWhatStaffSaidOfThem() {
        RotaMember member = kim().toNewMember();

        assertThat(member.getName()).isEqualTo("Kim Lowe");
        assertThat(member.getTrainedFor()).containsExactlyInAnyOrder(BARISTA, KITCHEN);
        assertThat(member.getMaximumPerWeek()).isEqualTo(Duration.ofMinutes(450));
        assertThat(member.getAvailability())
                .containsExactly(new AvailableTime(TUESDAY, LocalTime.of(8, 30), LocalTime.of(12, 30)));
        assertThat(member.isAwayOn(LocalDate.of(2026, 3, 11))).isTrue();
        assertThat(member.isNeedsJobCoach()).isTrue();
        assertThat(member.isPrefersSameShifts()).isTrue();
        assertThat(member.getRotaBy()).containsExactlyInAnyOrder(RotaDelivery.EASY_READ_PRINT, RotaDelivery.CALENDAR);
        assertThat(problems(kim())).isEmpty();
    }

    @Test
    void detailsReadBackFromAMemberDescribeThemAgain() {
        RotaMember member = kim().toNewMember();

        MemberDetails again = MemberDetails.of(member, "kim");

        assertThat(again.getUsername()).isEqualTo("kim");
        assertThat(again.getMaxHoursPerWeek()).isEqualByComparingTo("7.5");
        RotaMember same = again.toNewMember();
        assertThat(same.getAvailability()).isEqualTo(member.getAvailability());
        assertThat(same.getTimeAway()).isEqualTo(member.getTimeAway());
        assertThat(same.getTrainedFor()).isEqualTo(member.getTrainedFor());
    }

    @Test
    void eachFieldGotWrongHasItsOwnMessage() {
        MemberDetails wrong = kim();
        wrong.setName(" ");
        wrong.setMaxHoursPerWeek(new BigDecimal("61"));
        wrong.setAvailability(List.of(
                new FreeTimeDetails(MONDAY, LocalTime.of(12, 30), LocalTime.of(8, 30)),
                new FreeTimeDetails(null, LocalTime.of(8, 30), null)));
        wrong.setTimeAway(List.of(new TimeAwayDetails(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 10))));
        wrong.setRotaBy(Set.of());

        assertThat(problems(wrong))
                .containsOnly(
                        Map.entry("name", "Enter the person's name."),
                        Map.entry("maxHoursPerWeek", "The most hours a week must be more than 0 and no more than 60."),
                        Map.entry(
                                "availability[0].until",
                                "The time they must leave must be after the time they can start."),
                        Map.entry("availability[1].day", "Choose the day they can work."),
                        Map.entry("availability[1].until", "Enter the time they must leave."),
                        Map.entry("timeAway[0].last", "The last day away cannot be before the first day away."),
                        Map.entry("rotaBy", "Choose at least one way for them to get the rota."));
    }

    @Test
    void hoursMustBeMoreThanNoughtAndInHoursAndMinutes() {
        MemberDetails none = kim();
        none.setMaxHoursPerWeek(BigDecimal.ZERO);
        MemberDetails missing = kim();
        missing.setMaxHoursPerWeek(null);
        MemberDetails tooFine = kim();
        tooFine.setMaxHoursPerWeek(new BigDecimal("7.125"));

        assertThat(problems(none)).containsOnlyKeys("maxHoursPerWeek");
        assertThat(problems(missing))
                .containsExactly(Map.entry("maxHoursPerWeek", "Enter the most hours they may work in a week."));
        assertThat(problems(tooFine))
                .containsExactly(Map.entry("maxHoursPerWeek", "Give the hours as a number such as 12 or 7.5."));
    }

    @Test
    void someoneWhoNeedsAJobCoachCannotBeOneButAJobCoachCanStopNeedingOneAndBecomeOne() {
        MemberDetails coachWhoNeedsOne = kim();
        coachWhoNeedsOne.setRoles(EnumSet.of(SUPERVISOR_JOB_COACH));

        assertThatThrownBy(coachWhoNeedsOne::toNewMember).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("needsJobCoach");
            assertThat(refusal.message(Locale.UK))
                    .isEqualTo("Someone who needs a job coach on shift cannot work as a job coach.");
        });

        RotaMember member = kim().toNewMember();
        MemberDetails trainedUp = MemberDetails.of(member, null);
        trainedUp.setNeedsJobCoach(false);
        trainedUp.setRoles(EnumSet.of(SUPERVISOR_JOB_COACH, BARISTA));
        trainedUp.applyTo(member);

        assertThat(member.isTrainedFor(SUPERVISOR_JOB_COACH)).isTrue();
        assertThat(member.isNeedsJobCoach()).isFalse();
    }

    @Test
    void aBlankUsernameMeansNoAccount() {
        MemberDetails details = kim();
        details.setUsername("  ");

        assertThat(details.linkedUsername()).isNull();
        details.setUsername(" kim ");
        assertThat(details.linkedUsername()).isEqualTo("kim");
    }

    @Test
    void theCafeSettingsAreCheckedLikeAnyForm() {
        CafeSettings settings = new CafeSettings(new SupportRatio(2), new EventShifts(Map.of(SUPERVISOR_JOB_COACH, 1)));
        assertThat(settings.getEventPlaces())
                .containsEntry(SUPERVISOR_JOB_COACH, 1)
                .containsEntry(KITCHEN, 0)
                .hasSize(4);
        assertThat(problems(settings)).isEmpty();

        settings.setMembersPerJobCoach(0);
        settings.getEventPlaces().put(KITCHEN, 12);

        assertThat(problems(settings))
                .containsOnly(
                        Map.entry("membersPerJobCoach", "One job coach can support from 1 to 10 members who need one."),
                        Map.entry("eventPlaces[KITCHEN].<map value>", "Give from 0 to 9 people for each job."));
    }

    @Test
    void anEmailAddressOfTheirOwnIsCheckedAndKeptAndNoneMeansTheirAccountsIsUsed() {
        MemberDetails details = kim();
        details.setEmail("not an address");
        assertThat(problems(details))
                .containsExactly(
                        Map.entry("email", "Enter an email address like name@example.org, or leave it empty."));

        details.setEmail(" kim.lowe@cafe.example ");
        RotaMember member = details.toNewMember();
        assertThat(member.getEmail()).contains("kim.lowe@cafe.example");
        assertThat(MemberDetails.of(member, null).getEmail()).isEqualTo("kim.lowe@cafe.example");

        details.setEmail("");
        details.applyTo(member);
        assertThat(problems(details)).isEmpty();
        assertThat(member.getEmail()).isEmpty();
    }
}

package community.hub.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.Refusal;
import community.hub.booking.ActivityType;
import community.hub.booking.Closure;
import community.hub.organisation.OrganisationType;
import community.hub.room.OpeningHours;
import community.hub.room.Room;
import community.hub.room.RoomDetails;
import community.hub.room.TestRoom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sums of the staff reports on a small known hub: one studio open Tuesdays and Wednesdays 09:00-17:00, a
 * Wednesday closure, a weekly class across the clocks going back (Sunday 31 October 2027) and a one-off meeting.
 */
class ReportFiguresTest {

    private static final ReportPeriod FOUR_WEEKS =
            new ReportPeriod(LocalDate.of(2027, 10, 18), LocalDate.of(2027, 11, 14));
    private static final Room STUDIO = room(7L, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);

    static Room room(long id, DayOfWeek... days) {
        return TestRoom.named("studio", "Studio", 20)
                .turnaround(30)
                .hourlyRates("30.00", "12.50")
                .open(9, 17, days)
                .saved(id);
    }

    private static UsedSession session(
            ActivityType type,
            OrganisationType organisation,
            LocalDate date,
            long minutes,
            Integer count,
            Integer fresh) {
        return new UsedSession(
                date.getDayOfMonth(),
                7L,
                type,
                organisation == null ? null : 3L,
                organisation,
                date,
                minutes,
                true,
                count,
                fresh);
    }

    /** Chair yoga, Tuesdays 10:00-12:00 for four weeks (two hours each, in BST and GMT alike); a two-hour meeting on a Wednesday. */
    private static final List<UsedSession> SESSIONS = List.of(
            session(ActivityType.CLASS, OrganisationType.VCSE, LocalDate.of(2027, 10, 19), 120, 12, 3),
            session(ActivityType.CLASS, OrganisationType.VCSE, LocalDate.of(2027, 10, 26), 120, 10, 1),
            session(ActivityType.CLASS, OrganisationType.VCSE, LocalDate.of(2027, 11, 2), 120, null, null),
            session(ActivityType.CLASS, OrganisationType.VCSE, LocalDate.of(2027, 11, 9), 120, 9, null),
            session(ActivityType.MEETING, null, LocalDate.of(2027, 10, 20), 90, 0, 0));

    @Test
    void utilisationIsBookedHoursAsAShareOfOpenHoursPerIsoWeekWithTheClosureTakenOutAndNoTurnaround() {
        Closure wednesday = new Closure(STUDIO, LocalDate.of(2027, 11, 3), LocalDate.of(2027, 11, 3), "Floor repairs");

        List<RoomWeek> weeks = Utilisation.of(List.of(STUDIO), List.of(wednesday), SESSIONS, FOUR_WEEKS);

        assertThat(weeks).extracting(RoomWeek::week).containsExactly("2027-W42", "2027-W43", "2027-W44", "2027-W45");
        assertThat(weeks.get(0)).isEqualTo(new RoomWeek(7L, "Studio", "2027-W42", 960, 210));
        assertThat(weeks.get(0).percent()).isEqualByComparingTo("21.9");
        assertThat(weeks.get(1).bookedMinutes()).isEqualTo(120);
        assertThat(weeks.get(2).openMinutes()).as("the Wednesday closed").isEqualTo(480);
        assertThat(weeks.get(2).percent()).isEqualByComparingTo("25.0");
        assertThat(weeks.get(3).openHours()).isEqualByComparingTo("16.00");
    }

    @Test
    void aWeekTheRoomIsNeverOpenHasNoPercentageRatherThanNought() {
        Room closedMost = room(8L, DayOfWeek.SUNDAY);
        List<RoomWeek> weeks = Utilisation.of(
                List.of(closedMost),
                List.of(),
                List.of(),
                new ReportPeriod(LocalDate.of(2027, 10, 18), LocalDate.of(2027, 10, 23)));

        assertThat(weeks).singleElement().satisfies(week -> {
            assertThat(week.openMinutes()).isZero();
            assertThat(week.percent()).isNull();
        });
    }

    @Test
    void theDayTheClocksGoBackIsOpenAnHourLongerInRealTime() {
        Room sundays = room(9L, DayOfWeek.SUNDAY);
        RoomDetails details = RoomDetails.of(sundays);
        details.setOpeningHours(List.of(new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(0, 30), LocalTime.of(3, 0))));
        sundays.revise(details);

        assertThat(Utilisation.openMinutes(sundays, LocalDate.of(2027, 10, 31), List.of()))
                .isEqualTo(210);
        assertThat(Utilisation.openMinutes(sundays, LocalDate.of(2027, 11, 7), List.of()))
                .isEqualTo(150);
    }

    @Test
    void activityFiguresCountSessionsHoursAndOnlyRecordedAttendance() {
        ActivityFigures figures = ActivityFigures.of(FOUR_WEEKS, SESSIONS);

        assertThat(figures.byActivityType().get(ActivityType.CLASS)).isEqualTo(new Tally(4, 480, 3, 31, 4));
        assertThat(figures.byActivityType().get(ActivityType.MEETING)).isEqualTo(new Tally(1, 90, 1, 0, 0));
        assertThat(figures.byActivityType().get(ActivityType.CLINIC)).isEqualTo(Tally.NONE);
        assertThat(figures.byOrganisationType()
                        .get(Optional.of(OrganisationType.VCSE))
                        .hours())
                .isEqualByComparingTo("8.00");
        assertThat(figures.byOrganisationType()
                        .get(Optional.<OrganisationType>empty())
                        .sessions())
                .isEqualTo(1);
        assertThat(figures.byMonth().keySet()).containsExactly(YearMonth.of(2027, 10), YearMonth.of(2027, 11));
        assertThat(figures.byMonth().get(YearMonth.of(2027, 11)).get(ActivityType.CLASS))
                .isEqualTo(new Tally(2, 240, 1, 9, 0));
        assertThat(figures.total()).isEqualTo(new Tally(5, 570, 4, 31, 4));
    }

    @Test
    void aSessionNotBegunIsNotHeldYet() {
        UsedSession coming = new UsedSession(
                1L, 7L, ActivityType.CLASS, null, null, LocalDate.of(2027, 11, 9), 60, false, null, null);

        assertThat(ActivityFigures.of(FOUR_WEEKS, List.of(coming)).total()).isEqualTo(Tally.NONE);
    }

    @Test
    void aPeriodTheWrongWayRoundOrLongerThanThreeYearsIsRefused() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1)))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo("report.periodOrder"));
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 2)))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo("report.periodTooLong"));
        assertThat(ReportPeriod.orQuarter(null, null, LocalDate.of(2027, 5, 17)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30)));
    }
}

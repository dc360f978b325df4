package community.hub.rota;

import static community.hub.rota.CafeRole.BARISTA;
import static community.hub.rota.CafeRole.FRONT_OF_HOUSE;
import static community.hub.rota.CafeRole.KITCHEN;
import static community.hub.rota.CafeRole.SUPERVISOR_JOB_COACH;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How long auto-fill takes for four weeks of 14 shifts with a team of 60, each week filled with the one
 * before as last week; the goal is under one second for the four weeks. Not a test, so surefire leaves it
 * alone. Prints the first (cold) run, then the median and the worst of the measured runs after a warm-up:
 * <pre>
 * mvn -q -pl hub-domain test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp hub-domain/target/classes:hub-domain/target/test-classes:$(cat hub-domain/target/test.classpath) community.hub.rota.AutoFillBenchmark
 * </pre>
 */
public final class AutoFillBenchmark {

    private static final int WARM_UP_RUNS = 30;
    private static final int MEASURED_RUNS = 21;
    private static final int MEMBERS = 60;
    private static final RotaWeek FIRST_WEEK = RotaWeek.of(2026, 10);
    private static final Map<CafeRole, Integer> PLACES =
            Map.of(SUPERVISOR_JOB_COACH, 1, BARISTA, 2, KITCHEN, 2, FRONT_OF_HOUSE, 1);
    private static final List<DayOfWeek> OPEN_DAYS = Cafe.OPEN_DAYS;
    private static final List<CafeRole> ROLES = List.of(BARISTA, KITCHEN, FRONT_OF_HOUSE);

    private AutoFillBenchmark() {}

    public static void main(String[] arguments) {
        List<RotaMember> team = team();
        List<Rota> weeks = fourWeeks();
        RotaFiller filler = new RotaFiller(new RotaRules(new SupportRatio(2)));
        long coldStart = System.nanoTime();
        fillFourWeeks(filler, weeks, team);
        long coldMillis = (System.nanoTime() - coldStart) / 1_000_000;
        for (int run = 1; run < WARM_UP_RUNS; run++) {
            fillFourWeeks(filler, weeks, team);
        }
        long[] millis = new long[MEASURED_RUNS];
        List<FilledRota> filled = List.of();
        for (int run = 0; run < MEASURED_RUNS; run++) {
            long start = System.nanoTime();
            filled = fillFourWeeks(filler, weeks, team);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        report(filled, coldMillis, millis);
    }

    private static List<FilledRota> fillFourWeeks(RotaFiller filler, List<Rota> weeks, List<RotaMember> team) {
        List<FilledRota> filled = new ArrayList<>();
        List<Assignment> lastWeek = List.of();
        for (Rota week : weeks) {
            FilledRota result = filler.fill(week, team, lastWeek);
            filled.add(result);
            lastWeek = result.getRota().getAssignments();
        }
        return filled;
    }

    private static void report(List<FilledRota> filled, long coldMillis, long[] millis) {
        int shifts = filled.stream()
                .mapToInt(week -> week.getRota().getShifts().size())
                .sum();
        int places = filled.stream()
                .mapToInt(week -> week.getRota().getAssignments().size())
                .sum();
        int open = filled.stream()
                .flatMap(week -> week.getGaps().stream())
                .mapToInt(Gap::getMissing)
                .sum();
        System.out.printf(
                "Auto-fill of %d weeks, %d shifts, %d members: %d places filled, %d left open%n",
                filled.size(), shifts, MEMBERS, places, open);
        System.out.printf("First run, cold: %d ms%n", coldMillis);
        System.out.printf(
                "%d runs after %d to warm up: median %d ms, worst %d ms, best %d ms (goal: under 1000 ms)%n",
                MEASURED_RUNS, WARM_UP_RUNS, millis[millis.length / 2], millis[millis.length - 1], millis[0]);
    }

    /** Twelve regular shifts a week, a community lunch on Thursday and an evening event on Friday. */
    private static List<Rota> fourWeeks() {
        List<RegularShift> regular = new ArrayList<>();
        for (DayOfWeek day : OPEN_DAYS) {
            regular.add(new RegularShift(day, LocalTime.of(8, 30), LocalTime.of(12, 30), PLACES));
            regular.add(new RegularShift(day, LocalTime.of(12, 30), LocalTime.of(16, 30), PLACES));
        }
        ShiftPattern pattern = new ShiftPattern(regular);
        List<Rota> weeks = new ArrayList<>();
        for (RotaWeek week = FIRST_WEEK; weeks.size() < 4; week = week.next()) {
            List<Shift> extras = List.of(
                    new Shift(
                            week + "-lunch", week.on(DayOfWeek.THURSDAY), LocalTime.NOON, LocalTime.of(14, 0), PLACES),
                    new Shift(
                            week + "-evening",
                            week.on(DayOfWeek.FRIDAY),
                            LocalTime.of(17, 0),
                            LocalTime.of(20, 0),
                            PLACES));
            weeks.add(Rota.unfilled(week, pattern.shiftsFor(week, List.of(), extras)));
        }
        return weeks;
    }

    /** One in six a job coach, one in five needing one, a mix of days, hours, buddies and routines. */
    private static List<RotaMember> team() {
        List<RotaMember> team = new ArrayList<>();
        for (int i = 1; i <= MEMBERS; i++) {
            boolean jobCoach = i % 6 == 0;
            Set<CafeRole> roles = jobCoach
                    ? EnumSet.of(SUPERVISOR_JOB_COACH, ROLES.get(i % 3))
                    : EnumSet.of(ROLES.get(i % 3), ROLES.get((i / 3) % 3));
            RotaMember member = new RotaMember(i, "Member " + i, roles, Duration.ofHours(8 + 4L * (i % 6)));
            member.changeAvailability(availability(i));
            member.workAlongsideJobCoach(!jobCoach && i % 5 == 0);
            member.keepToSameShifts(i % 3 == 0);
            if (i % 7 == 0) {
                member.pairWith((long) i - 1);
            }
            if (i % 11 == 0) {
                member.goAway(new TimeAway(
                        FIRST_WEEK.on(DayOfWeek.WEDNESDAY), FIRST_WEEK.next().on(DayOfWeek.FRIDAY)));
            }
            team.add(member);
        }
        return team;
    }

    /** Four or five days a week, some all day and some mornings or afternoons only. */
    private static List<AvailableTime> availability(int i) {
        List<AvailableTime> times = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((day.getValue() + i) % 4 == 0) {
                continue;
            }
            LocalTime from = i % 4 == 1 ? LocalTime.of(12, 0) : LocalTime.of(8, 0);
            LocalTime until = i % 4 == 2 ? LocalTime.of(13, 0) : LocalTime.of(21, 0);
            times.add(new AvailableTime(day, from, until));
        }
        return times;
    }
}

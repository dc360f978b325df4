package community.hub.export;

import community.hub.booking.ActivityType;
import community.hub.charge.IncomeAndSubsidy;
import community.hub.income.IncomeMix;
import community.hub.organisation.OrganisationType;
import community.hub.report.ActivityFigures;
import community.hub.report.ImpactReport;
import community.hub.report.ReportPeriod;
import community.hub.report.UsedSession;
import community.hub.report.Utilisation;
import community.hub.room.Room;
import community.hub.room.TestRoom;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How long the report rules and the impact PDF take over a year of a busy hub: 9 rooms, 60 weekly series and 2,000
 * one-off bookings, attendance on every date. Measures the sums and the PDF, not the database reads. Not a test:
 * <pre>
 * mvn -q -pl hub-integration -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp hub-integration/target/classes:hub-integration/target/test-classes:$(cat hub-integration/target/test.classpath) community.hub.export.ReportBenchmark
 * </pre>
 */
public final class ReportBenchmark {

    /** The keys and figures as they are: the benchmark times the PDF, not the bundle. */
    private static final ReportWords PLAIN_WORDS = new ReportWords() {
        @Override
        public String text(String key, Object... arguments) {
            return key + " " + Arrays.toString(arguments);
        }

        @Override
        public String money(BigDecimal amount) {
            return "\u00a3" + amount.toPlainString();
        }

        @Override
        public String number(BigDecimal value) {
            return value.toPlainString();
        }

        @Override
        public String month(YearMonth month) {
            return month.toString();
        }
    };

    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private ReportBenchmark() {}

    public static void main(String[] arguments) {
        List<Room> rooms = new ArrayList<>();
        for (long id = 1; id <= 9; id++) {
            rooms.add(room(id));
        }
        Random random = new Random(22);
        List<UsedSession> sessions = new ArrayList<>();
        ActivityType[] types = ActivityType.values();
        OrganisationType[] kinds = OrganisationType.values();
        for (int series = 0; series < 60; series++) {
            LocalDate first = YEAR.from().plusDays(series % 7);
            for (LocalDate day = first; !day.isAfter(YEAR.to()); day = day.plusWeeks(1)) {
                sessions.add(session(
                        series,
                        1 + series % 9,
                        types[series % types.length],
                        kinds[series % kinds.length],
                        day,
                        random));
            }
        }
        for (int once = 0; once < 2000; once++) {
            sessions.add(session(
                    1000 + once,
                    1 + once % 9,
                    types[once % types.length],
                    kinds[once % kinds.length],
                    YEAR.from().plusDays(random.nextInt(365)),
                    random));
        }
        long[] utilisation = time(() -> Utilisation.of(rooms, List.of(), sessions, YEAR));
        long[] activity = time(() -> ActivityFigures.of(YEAR, sessions));
        ActivityFigures figures = ActivityFigures.of(YEAR, sessions);
        Map<OrganisationType, Integer> organisations = new EnumMap<>(OrganisationType.class);
        List<IncomeAndSubsidy> dividend = new ArrayList<>();
        for (OrganisationType kind : kinds) {
            organisations.put(kind, 4);
            dividend.add(new IncomeAndSubsidy(
                    YearMonth.of(2026, 1),
                    kind,
                    new BigDecimal("500.00"),
                    new BigDecimal("4000.00"),
                    new BigDecimal("9000.00")));
        }
        ImpactReport report = new ImpactReport(
                YEAR,
                "Fleetwood Community Hub",
                YearMonth.of(2026, 1),
                YearMonth.of(2026, 12),
                2060,
                figures.total(),
                figures.byActivityType(),
                organisations,
                dividend,
                IncomeMix.of(new BigDecimal("20000"), List.of()),
                new BigDecimal("5200.00"),
                40,
                List.of());
        long[] pdf = time(() -> ImpactPdf.of(report, "1 January 2026 to 31 December 2026", PLAIN_WORDS));
        System.out.printf(
                "%d sessions%nutilisation: cold %d ms, median %d ms%nactivity: cold %d ms, median %d ms%nimpact PDF: cold %d ms, median %d ms%n",
                sessions.size(), utilisation[0], utilisation[1], activity[0], activity[1], pdf[0], pdf[1]);
    }

    private static UsedSession session(
            long booking, long room, ActivityType type, OrganisationType kind, LocalDate day, Random random) {
        int count = random.nextInt(30);
        return new UsedSession(
                booking,
                room,
                type,
                booking % 5L,
                kind,
                day,
                60 + random.nextInt(4) * 30L,
                true,
                count,
                random.nextInt(count + 1));
    }

    private static long[] time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        long cold = (System.nanoTime() - start) / 1_000_000;
        long[] runs = new long[21];
        for (int run = 0; run < 20; run++) {
            work.run();
        }
        for (int run = 0; run < runs.length; run++) {
            long begun = System.nanoTime();
            work.run();
            runs[run] = (System.nanoTime() - begun) / 1_000_000;
        }
        Arrays.sort(runs);
        return new long[] {cold, runs[runs.length / 2]};
    }

    private static Room room(long id) {
        return TestRoom.named("room-" + id, "Room " + id, 30)
                .turnaround(15)
                .hourlyRates("30.00", "12.50")
                .openDaily(8, 21)
                .saved(id);
    }
}

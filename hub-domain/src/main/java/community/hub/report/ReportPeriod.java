package community.hub.report;

import community.hub.Refusal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The days a report covers, both included: at least one day, at most three years. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int LONGEST_YEARS = 3;

    public ReportPeriod {
        if (from == null) {
            throw Refusal.invalid("from", "report.fromRequired");
        }
        if (to == null) {
            throw Refusal.invalid("to", "report.toRequired");
        }
        if (to.isBefore(from)) {
            throw Refusal.invalid("to", "report.periodOrder", from, to);
        }
        if (to.isAfter(from.plusYears(LONGEST_YEARS))) {
            throw Refusal.invalid("to", "report.periodTooLong", LONGEST_YEARS);
        }
    }

    /** The quarter (January to March, ...) the day is in. */
    public static ReportPeriod quarterOf(LocalDate day) {
        LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new ReportPeriod(first, first.plusMonths(3).minusDays(1));
    }

    /** The given days, or where one is missing, the quarter of the other (of {@code today} when both are). */
    public static ReportPeriod orQuarter(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null && to == null) {
            return quarterOf(today);
        }
        return new ReportPeriod(
                from == null ? quarterOf(to).from() : from,
                to == null ? quarterOf(from).to() : to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}

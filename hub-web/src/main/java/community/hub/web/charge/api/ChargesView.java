package community.hub.web.charge.api;

import community.hub.charge.ChargeLine;
import community.hub.charge.IncomeAndSubsidy;
import community.hub.charge.Statement;
import community.hub.web.api.EnumJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * An organisation's room hire for a month as the API shows it (SPEC section 4), with a little more: the rate band,
 * the standard total, the hours used and left, and on each line the booking's title, its times, the hours the
 * allowance covered, and whether it was called off late. Money is in pounds with exact pence.
 */
public record ChargesView(
        long organisationId,
        String organisation,
        String rateBand,
        String month,
        int includedHours,
        BigDecimal usedHours,
        BigDecimal includedHoursLeft,
        List<Line> lines,
        BigDecimal total,
        BigDecimal standardTotal,
        BigDecimal subsidy) {

    public record Line(
            long bookingId,
            String title,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            String room,
            BigDecimal hours,
            BigDecimal includedHours,
            BigDecimal rate,
            BigDecimal amount,
            BigDecimal standardAmount,
            boolean cancelledLate) {
        static Line of(ChargeLine line) {
            return new Line(
                    line.use().bookingId(),
                    line.use().title(),
                    line.use().date(),
                    line.use().start(),
                    line.use().end(),
                    line.use().room(),
                    line.hours(),
                    line.includedHours(),
                    line.rate(),
                    line.amount(),
                    line.standardAmount(),
                    line.use().cancelledLate());
        }
    }

    /** One month and type of organisation in the report of what the hub earns and gives. */
    public record IncomeView(
            String month,
            String organisationType,
            BigDecimal hours,
            BigDecimal charged,
            BigDecimal standard,
            BigDecimal subsidy) {
        static IncomeView of(IncomeAndSubsidy row) {
            return new IncomeView(
                    row.month().toString(),
                    EnumJson.name(row.type()),
                    row.hours(),
                    row.charged(),
                    row.standard(),
                    row.subsidy());
        }
    }

    static ChargesView of(Statement statement) {
        return new ChargesView(
                statement.organisationId(),
                statement.organisation(),
                EnumJson.name(statement.rateBand()),
                statement.month().toString(),
                statement.includedHours(),
                statement.usedHours(),
                statement.includedHoursLeft(),
                statement.lines().stream().map(Line::of).toList(),
                statement.total(),
                statement.standardTotal(),
                statement.subsidy());
    }
}

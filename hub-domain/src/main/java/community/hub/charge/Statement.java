package community.hub.charge;

import community.hub.organisation.OrganisationType;
import community.hub.room.RateBand;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/** One organisation's room hire for one month: a line for each use, what it owes, and what the hub gave. */
public record Statement(
        Long organisationId,
        String organisation,
        OrganisationType type,
        RateBand rateBand,
        YearMonth month,
        int includedHours,
        List<ChargeLine> lines) {

    public Statement {
        lines = List.copyOf(lines);
    }

    /** What the organisation owes for the month. */
    public BigDecimal total() {
        return sum(ChargeLine::amount);
    }

    /** What the month's use would cost at the rooms' full rates. */
    public BigDecimal standardTotal() {
        return sum(ChargeLine::standardAmount);
    }

    /** What the hub gave: the full-rate value less what is charged (included hours, community rates, free use). */
    public BigDecimal subsidy() {
        return standardTotal().subtract(total());
    }

    public long usedMinutes() {
        return lines.stream().mapToLong(line -> line.use().minutes()).sum();
    }

    public BigDecimal usedHours() {
        return ChargeLine.hours(usedMinutes());
    }

    /** The included hours not yet used this month (never below nothing). */
    public BigDecimal includedHoursLeft() {
        return ChargeLine.hours(Math.max(0, includedHours * 60L - usedMinutes()));
    }

    private BigDecimal sum(Function<ChargeLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(Charges.NOTHING, BigDecimal::add);
    }
}

package community.hub.charge;

import community.hub.organisation.Organisation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The charging rule. The month's included hours cover its uses in date order; what they do not cover is charged
 * at the room's rate for the organisation's band. Amounts are exact decimals in pounds and pence: each line is
 * rounded to the penny (half up) once, and totals add lines, so a statement always adds up.
 */
public final class Charges {

    static final BigDecimal NOTHING = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);

    private static final Comparator<RoomUse> IN_DATE_ORDER =
            Comparator.comparing(RoomUse::date).thenComparing(RoomUse::start).thenComparingLong(RoomUse::bookingId);

    private Charges() {}

    public static Statement statement(Organisation organisation, YearMonth month, List<RoomUse> uses) {
        long allowanceLeft = organisation.getMonthlyIncludedHours() * 60L;
        List<ChargeLine> lines = new ArrayList<>();
        for (RoomUse use : uses.stream().sorted(IN_DATE_ORDER).toList()) {
            long included = Math.min(allowanceLeft, use.minutes());
            allowanceLeft -= included;
            lines.add(new ChargeLine(
                    use,
                    included,
                    cost(use.hourlyRate(), use.minutes() - included),
                    cost(use.standardHourlyRate(), use.minutes())));
        }
        return new Statement(
                organisation.getId(),
                organisation.getName(),
                organisation.getType(),
                organisation.getRateBand(),
                month,
                organisation.getMonthlyIncludedHours(),
                lines);
    }

    /** An hourly rate for some minutes, to the penny. */
    static BigDecimal cost(BigDecimal hourlyRate, long minutes) {
        return hourlyRate.multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}

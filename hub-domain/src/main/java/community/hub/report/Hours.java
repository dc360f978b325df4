package community.hub.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Minutes as hours for people: a decimal number with two places. */
public final class Hours {

    private Hours() {}

    public static BigDecimal of(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** The part as a percentage of the whole, to one place; null when the whole is nothing. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}

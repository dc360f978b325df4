package community.hub.charge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What one use of a room costs: the minutes the monthly allowance covered are free, the rest are charged at the
 * organisation's rate. The standard amount is what the whole use would cost at the room's full rate.
 */
public record ChargeLine(RoomUse use, long includedMinutes, BigDecimal amount, BigDecimal standardAmount) {

    private static final BigDecimal MINUTES_AN_HOUR = BigDecimal.valueOf(60);

    public BigDecimal hours() {
        return hours(use.minutes());
    }

    public BigDecimal includedHours() {
        return hours(includedMinutes);
    }

    public BigDecimal chargedHours() {
        return hours(use.minutes() - includedMinutes);
    }

    /** The rate this line was charged at: the organisation's rate band's. */
    public BigDecimal rate() {
        return use.hourlyRate();
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(MINUTES_AN_HOUR, 2, RoundingMode.HALF_UP);
    }
}

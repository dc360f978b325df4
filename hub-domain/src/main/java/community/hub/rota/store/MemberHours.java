package community.hub.rota.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** How many shifts and hours one member has on the rota in a month. */
public final class MemberHours {

    private final long memberId;
    private final String name;
    private final int shifts;
    private final Duration hours;

    public MemberHours(long memberId, String name, int shifts, Duration hours) {
        this.memberId = memberId;
        this.name = name;
        this.shifts = shifts;
        this.hours = hours;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getName() {
        return name;
    }

    public int getShifts() {
        return shifts;
    }

    public Duration getHours() {
        return hours;
    }

    /** Hours as a number with up to two decimals: 10.5 for ten and a half hours. */
    public BigDecimal getHoursAsNumber() {
        BigDecimal exact = BigDecimal.valueOf(hours.toMinutes())
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }
}

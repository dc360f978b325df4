package community.hub.income;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the hub's money came from in a period: room hire and each other source, the total, and the largest single
 * source with its share, because a hub that depends on one funder rises and falls with it.
 *
 * @param bySource {@code ROOM_HIRE} first, then each {@link IncomeSource} by name, every one listed (zero when nothing)
 */
public record IncomeMix(Map<String, BigDecimal> bySource, BigDecimal total) {

    public static final String ROOM_HIRE = "ROOM_HIRE";

    public static IncomeMix of(BigDecimal roomHire, List<OtherIncome> other) {
        Map<String, BigDecimal> bySource = new LinkedHashMap<>();
        bySource.put(ROOM_HIRE, roomHire.setScale(2, RoundingMode.HALF_UP));
        for (IncomeSource source : IncomeSource.values()) {
            bySource.put(source.name(), new BigDecimal("0.00"));
        }
        for (OtherIncome entry : other) {
            bySource.merge(entry.getSource().name(), entry.getAmount(), BigDecimal::add);
        }
        return new IncomeMix(bySource, bySource.values().stream().reduce(new BigDecimal("0.00"), BigDecimal::add));
    }

    /** The source that brought the most; none when nothing came in. */
    public Optional<String> largestSource() {
        return total.signum() == 0
                ? Optional.empty()
                : bySource.entrySet().stream()
                        .max(Comparator.comparing(Map.Entry<String, BigDecimal>::getValue))
                        .map(Map.Entry::getKey);
    }

    /** The largest source's share of the total, as a percentage to one place; none when nothing came in. */
    public Optional<BigDecimal> largestShare() {
        return largestSource().map(source -> share(source));
    }

    public BigDecimal share(String source) {
        return total.signum() == 0
                ? BigDecimal.ZERO
                : bySource.get(source).multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }
}

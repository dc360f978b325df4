package community.hub.charge;

import community.hub.organisation.OrganisationType;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What the hub charged organisations of one type in one month, what their use was worth at full rates, and so
 * what the hub gave them.
 */
public record IncomeAndSubsidy(
        YearMonth month, OrganisationType type, BigDecimal hours, BigDecimal charged, BigDecimal standard) {

    public BigDecimal subsidy() {
        return standard.subtract(charged);
    }

    IncomeAndSubsidy plus(Statement statement) {
        return new IncomeAndSubsidy(
                month,
                type,
                hours.add(statement.usedHours()),
                charged.add(statement.total()),
                standard.add(statement.standardTotal()));
    }

    static IncomeAndSubsidy none(YearMonth month, OrganisationType type) {
        return new IncomeAndSubsidy(month, type, Charges.NOTHING, Charges.NOTHING, Charges.NOTHING);
    }
}

package community.hub.report;

import community.hub.booking.ActivityType;
import community.hub.charge.IncomeAndSubsidy;
import community.hub.income.IncomeMix;
import community.hub.organisation.OrganisationType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The commissioners' summary of one period: what happened at the hub, who came, who used it, what the community got
 * for less than full price, where the money came from, what café volunteers gave, and what residents asked for. Money
 * and café hours cover the whole months the period touches ({@code firstMonth} to {@code lastMonth}).
 *
 * @param activities        the bookings with at least one session held
 * @param organisations     organisations with at least one session held, by kind
 * @param dividendByType    the community dividend (standard rate minus charged) by kind of organisation
 */
public record ImpactReport(
        ReportPeriod period,
        String hubName,
        YearMonth firstMonth,
        YearMonth lastMonth,
        int activities,
        Tally held,
        Map<ActivityType, Tally> byActivityType,
        Map<OrganisationType, Integer> organisations,
        List<IncomeAndSubsidy> dividendByType,
        IncomeMix income,
        BigDecimal cafeVolunteerHours,
        int cafeVolunteers,
        List<SuggestionOutcome> suggestions) {

    public BigDecimal dividend() {
        return dividendByType.stream().map(IncomeAndSubsidy::subsidy).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    public int organisationCount() {
        return organisations.values().stream().mapToInt(Integer::intValue).sum();
    }
}

package community.hub.report;

import community.hub.account.Account;
import community.hub.booking.ActivityType;
import community.hub.charge.ChargeService;
import community.hub.charge.IncomeAndSubsidy;
import community.hub.income.IncomeMix;
import community.hub.income.IncomeService;
import community.hub.organisation.OrganisationType;
import community.hub.rota.store.HoursService;
import community.hub.rota.store.MemberHours;
import community.hub.settings.HubSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Gathers the impact report of a period from the hub's records (see {@link ImpactReport}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ImpactService {

    @Inject
    private UsedSessions sessions;

    @Inject
    private ChargeService charges;

    @Inject
    private IncomeService income;

    @Inject
    private HoursService cafeHours;

    @Inject
    private HubSettingsService settings;

    @Inject
    private ResidentSuggestions suggestions;

    @Inject
    private Clock clock;

    public ImpactReport report(@NotNull ReportPeriod period, @NotNull Account by) {
        List<UsedSession> used = sessions.between(period, clock.instant());
        ActivityFigures figures = ActivityFigures.of(period, used);
        List<UsedSession> held = used.stream().filter(UsedSession::begun).toList();
        YearMonth first = YearMonth.from(period.from());
        YearMonth last = YearMonth.from(period.to());
        List<IncomeAndSubsidy> hire = charges.incomeAndSubsidy(first, last);
        BigDecimal roomHire = hire.stream().map(IncomeAndSubsidy::charged).reduce(BigDecimal.ZERO, BigDecimal::add);
        Duration volunteered = Duration.ZERO;
        Set<Long> volunteers = new HashSet<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            for (MemberHours member : cafeHours.hours(month)) {
                volunteered = volunteered.plus(member.getHours());
                volunteers.add(member.getMemberId());
            }
        }
        return new ImpactReport(
                period,
                settings.details().name(),
                first,
                last,
                (int) held.stream().map(UsedSession::bookingId).distinct().count(),
                figures.total(),
                figures.byActivityType(),
                organisationsByType(held),
                dividendByType(hire),
                IncomeMix.of(roomHire, income.between(first, last, by)),
                Hours.of(volunteered.toMinutes()),
                volunteers.size(),
                suggestions.between(period));
    }

    private static Map<OrganisationType, Integer> organisationsByType(List<UsedSession> held) {
        Map<OrganisationType, Integer> byType = new EnumMap<>(OrganisationType.class);
        for (OrganisationType type : OrganisationType.values()) {
            byType.put(type, (int) held.stream()
                    .filter(session -> session.organisationType() == type)
                    .map(UsedSession::organisationId)
                    .distinct()
                    .count());
        }
        return byType;
    }

    private static List<IncomeAndSubsidy> dividendByType(List<IncomeAndSubsidy> hire) {
        Map<OrganisationType, List<IncomeAndSubsidy>> byType = hire.stream()
                .collect(Collectors.groupingBy(
                        IncomeAndSubsidy::type, () -> new EnumMap<>(OrganisationType.class), Collectors.toList()));
        List<IncomeAndSubsidy> sums = new ArrayList<>();
        byType.forEach((type, months) -> sums.add(months.stream()
                .reduce((one, other) -> new IncomeAndSubsidy(
                        one.month(),
                        type,
                        one.hours().add(other.hours()),
                        one.charged().add(other.charged()),
                        one.standard().add(other.standard())))
                .orElseThrow()));
        return sums;
    }

    /** Activity types with at least one session held, in the report's order. */
    public static List<ActivityType> held(ImpactReport report) {
        return report.byActivityType().entrySet().stream()
                .filter(row -> row.getValue().sessions() > 0)
                .map(Map.Entry::getKey)
                .toList();
    }
}

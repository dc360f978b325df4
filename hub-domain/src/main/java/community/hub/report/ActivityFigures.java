package community.hub.report;

import community.hub.booking.ActivityType;
import community.hub.organisation.OrganisationType;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions, hours and attendance of the sessions that took place in a period: by activity type, by kind of organisation
 * (the hub's own sessions under none), and by activity type and month. Every activity type and kind of organisation is
 * listed, with nothing where nothing happened, so charts and tables keep their shape from one period to the next.
 *
 * @param byOrganisationType keyed by kind of organisation; {@link Optional#empty()} is the hub's own
 */
public record ActivityFigures(
        ReportPeriod period,
        Map<ActivityType, Tally> byActivityType,
        Map<Optional<OrganisationType>, Tally> byOrganisationType,
        Map<YearMonth, Map<ActivityType, Tally>> byMonth,
        Tally total) {

    public static ActivityFigures of(ReportPeriod period, List<UsedSession> sessions) {
        Map<ActivityType, Tally> byActivity = new EnumMap<>(ActivityType.class);
        for (ActivityType type : ActivityType.values()) {
            byActivity.put(type, Tally.NONE);
        }
        Map<Optional<OrganisationType>, Tally> byOrganisation = new LinkedHashMap<>();
        for (OrganisationType type : OrganisationType.values()) {
            byOrganisation.put(Optional.of(type), Tally.NONE);
        }
        byOrganisation.put(Optional.empty(), Tally.NONE);
        Map<YearMonth, Map<ActivityType, Tally>> byMonth = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(period.from());
                !month.isAfter(YearMonth.from(period.to()));
                month = month.plusMonths(1)) {
            byMonth.put(month, new EnumMap<>(ActivityType.class));
        }
        Tally total = Tally.NONE;
        for (UsedSession session : sessions) {
            if (!session.begun() || !period.contains(session.date())) {
                continue;
            }
            byActivity.compute(session.type(), (type, tally) -> tally.plus(session));
            byOrganisation.compute(
                    Optional.ofNullable(session.organisationType()), (type, tally) -> tally.plus(session));
            byMonth.get(YearMonth.from(session.date())).merge(session.type(), Tally.NONE.plus(session), Tally::plus);
            total = total.plus(session);
        }
        return new ActivityFigures(period, byActivity, byOrganisation, byMonth, total);
    }
}

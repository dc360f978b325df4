package community.hub.web.report.api;

import community.hub.income.IncomeMix;
import community.hub.report.ImpactReport;
import community.hub.report.SuggestionOutcome;
import community.hub.web.api.EnumJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The impact report as JSON; money and café hours cover the whole months from firstMonth to lastMonth. */
public record ImpactView(
        String hubName,
        LocalDate from,
        LocalDate to,
        String firstMonth,
        String lastMonth,
        int activities,
        int sessions,
        BigDecimal hours,
        int recordedSessions,
        long attendances,
        long newPeople,
        int organisationCount,
        Map<String, Integer> organisations,
        List<ActivityLine> hoursByActivityType,
        BigDecimal dividend,
        List<DividendLine> dividendByOrganisationType,
        Income income,
        BigDecimal cafeVolunteerHours,
        int cafeVolunteers,
        List<SuggestionOutcome> suggestions) {

    public record ActivityLine(String type, int sessions, BigDecimal hours, long attendances) {}

    public record DividendLine(
            String organisationType, BigDecimal hours, BigDecimal standard, BigDecimal charged, BigDecimal dividend) {}

    public record SourceLine(String source, BigDecimal amount, BigDecimal share) {}

    public record Income(List<SourceLine> bySource, BigDecimal total, String largestSource, BigDecimal largestShare) {

        static Income of(IncomeMix mix) {
            return new Income(
                    mix.bySource().keySet().stream()
                            .map(source -> new SourceLine(
                                    source.toLowerCase(Locale.ROOT),
                                    mix.bySource().get(source),
                                    mix.share(source)))
                            .toList(),
                    mix.total(),
                    mix.largestSource()
                            .map(source -> source.toLowerCase(Locale.ROOT))
                            .orElse(null),
                    mix.largestShare().orElse(null));
        }
    }

    public static ImpactView of(ImpactReport report) {
        return new ImpactView(
                report.hubName(),
                report.period().from(),
                report.period().to(),
                report.firstMonth().toString(),
                report.lastMonth().toString(),
                report.activities(),
                report.held().sessions(),
                report.held().hours(),
                report.held().recordedSessions(),
                report.held().attendances(),
                report.held().newPeople(),
                report.organisationCount(),
                report.organisations().entrySet().stream()
                        .collect(Collectors.toMap(kind -> EnumJson.name(kind.getKey()), Map.Entry::getValue)),
                report.byActivityType().entrySet().stream()
                        .map(row -> new ActivityLine(
                                EnumJson.name(row.getKey()),
                                row.getValue().sessions(),
                                row.getValue().hours(),
                                row.getValue().attendances()))
                        .toList(),
                report.dividend(),
                report.dividendByType().stream()
                        .map(type -> new DividendLine(
                                EnumJson.name(type.type()),
                                type.hours(),
                                type.standard(),
                                type.charged(),
                                type.subsidy()))
                        .toList(),
                Income.of(report.income()),
                report.cafeVolunteerHours(),
                report.cafeVolunteers(),
                report.suggestions());
    }
}

package community.hub.web.report;

import community.hub.booking.ActivityType;
import community.hub.report.ImpactReport;
import community.hub.report.ImpactService;
import community.hub.web.Text;
import community.hub.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The impact report for commissioners and funders, for one period (the current quarter unless asked), with its PDF. */
@Named
@RequestScoped
public class ImpactPage extends PeriodPage {

    @Inject
    private ImpactService impacts;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    private ImpactReport report;

    public void load() {
        report = impacts.report(period(LocalDate.now(clock)), caller.account().orElseThrow());
    }

    public String getPeriodInWords() {
        return ImpactWords.period(report.period(), locale());
    }

    /** Like "October 2026", for the footnote. */
    public String month(YearMonth month) {
        return ImpactWords.month(month, locale());
    }

    public List<ActivityType> getActivityTypesHeld() {
        return ImpactService.held(report);
    }

    public List<Map.Entry<String, BigDecimal>> getIncomeSources() {
        return List.copyOf(report.income().bySource().entrySet());
    }

    public String getHoursChart() {
        List<ActivityType> held = getActivityTypesHeld();
        return Charts.bars(
                held.stream()
                        .map(type -> Text.get(locale(), "activityType." + type.name()))
                        .toList(),
                List.of(Charts.series(
                        Text.get(locale(), "reports.hours"),
                        held.stream()
                                .map(type -> (Number)
                                        report.byActivityType().get(type).hours())
                                .toList(),
                        0)),
                Text.get(locale(), "reports.hours"));
    }

    public String getIncomeChart() {
        return Charts.bars(
                getIncomeSources().stream()
                        .map(source -> Text.get(locale(), "incomeSource." + source.getKey()))
                        .toList(),
                List.of(Charts.series(
                        Text.get(locale(), "impact.income"),
                        getIncomeSources().stream()
                                .map(source -> (Number) source.getValue())
                                .toList(),
                        1)),
                "\u00a3");
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public ImpactReport getReport() {
        return report;
    }
}

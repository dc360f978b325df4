package community.hub.web.report;

import community.hub.Refusal;
import community.hub.booking.ActivityType;
import community.hub.report.ImpactReport;
import community.hub.report.ImpactService;
import community.hub.report.ReportPeriod;
import community.hub.web.FieldMessages;
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
public class ImpactPage {

    @Inject
    private ImpactService impacts;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    private LocalDate from;
    private LocalDate to;
    private ImpactReport report;

    public void load() {
        ReportPeriod period;
        try {
            period = ReportPeriod.orQuarter(from, to, LocalDate.now(clock));
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
            period = ReportPeriod.quarterOf(LocalDate.now(clock));
        }
        from = period.from();
        to = period.to();
        report = impacts.report(period, caller.account().orElseThrow());
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

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

package community.hub.web.report;

import community.hub.Refusal;
import community.hub.report.ReportPeriod;
import community.hub.web.FieldMessages;
import java.time.LocalDate;

/**
 * A report page for one period, from its address's {@code from} and {@code to}: the current quarter unless asked; a
 * period that makes no sense is refused beside the form and the current quarter shown instead.
 */
public abstract class PeriodPage {

    private LocalDate from;
    private LocalDate to;

    /** The period to show; from and to then say it, for the form and the links. */
    protected ReportPeriod period(LocalDate today) {
        ReportPeriod period;
        try {
            period = ReportPeriod.orQuarter(from, to, today);
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
            period = ReportPeriod.quarterOf(today);
        }
        from = period.from();
        to = period.to();
        return period;
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

package community.hub.web.income;

import community.hub.income.IncomeService;
import community.hub.income.IncomeSource;
import community.hub.income.OtherIncome;
import community.hub.web.FieldMessages;
import community.hub.web.Months;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import community.hub.web.security.Caller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * Records the hub's income beyond room hire on the income page: a month, a source, an amount and a note; lists the
 * last twelve months' entries, each removable after a question.
 */
@Named
@ViewScoped
public class OtherIncomeForm implements Serializable {

    @Inject
    private IncomeService income;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** Like 2027-03, as a month field sends it. */
    private String month;

    private IncomeSource source;
    private BigDecimal amount;
    private String note;
    private List<Entry> entries;

    /** One entry as the page lists it. */
    public record Entry(long id, YearMonth month, IncomeSource source, BigDecimal amount, String note)
            implements Serializable {}

    public void load() {
        YearMonth now = YearMonth.now(clock);
        if (month == null) {
            month = now.toString();
        }
        entries = income.between(now.minusMonths(11), now, caller.account().orElseThrow()).stream()
                .map(entry -> new Entry(
                        entry.getId(), entry.getMonth(), entry.getSource(), entry.getAmount(), entry.getNote()))
                .toList();
    }

    public String add() {
        return FieldMessages.attempt(() -> income.record(
                        parsedMonth(), source, amount, note, caller.account().orElseThrow()))
                .map(saved -> {
                    FieldMessages.done(
                            "otherIncome.added",
                            Formats.money(Formats.locale(), saved.getAmount()),
                            sourceName(saved.getSource()),
                            Formats.date(Formats.locale(), "date.month").format(saved.getMonth()));
                    return "/staff/income?faces-redirect=true";
                })
                .orElse(null);
    }

    public String remove(long id) {
        return FieldMessages.attempt(() -> income.remove(id, caller.account().orElseThrow()))
                .map((OtherIncome gone) -> {
                    FieldMessages.done(
                            "otherIncome.removed",
                            Formats.money(Formats.locale(), gone.getAmount()),
                            sourceName(gone.getSource()),
                            Formats.date(Formats.locale(), "date.month").format(gone.getMonth()));
                    return "/staff/income?faces-redirect=true";
                })
                .orElse(null);
    }

    private YearMonth parsedMonth() {
        return month == null || month.isBlank() ? null : Months.parse(month, "month");
    }

    public String sourceName(IncomeSource value) {
        return Text.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "incomeSource." + value.name());
    }

    public IncomeSource[] getSources() {
        return IncomeSource.values();
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public IncomeSource getSource() {
        return source;
    }

    public void setSource(IncomeSource source) {
        this.source = source;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

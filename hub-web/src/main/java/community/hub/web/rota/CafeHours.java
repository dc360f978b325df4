package community.hub.web.rota;

import community.hub.rota.store.CafeRotaService;
import community.hub.rota.store.MemberHours;
import community.hub.web.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Café hours per person for one month, with the CSV download from the API for spreadsheets. */
@Named
@RequestScoped
public class CafeHours {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @Inject
    private CafeRotaService rota;

    @Inject
    private Clock clock;

    private String month;
    private YearMonth shown;
    private List<MemberHours> hours = List.of();

    public void load() {
        try {
            shown = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month.trim());
        } catch (DateTimeParseException unreadable) {
            shown = YearMonth.now(clock);
            FieldMessages.info("rota.month.format");
        }
        month = shown.toString();
        hours = rota.hours(shown);
    }

    public List<MemberHours> getHours() {
        return hours;
    }

    public int getTotalShifts() {
        return hours.stream().mapToInt(MemberHours::getShifts).sum();
    }

    public BigDecimal getTotalHours() {
        return hours.stream().map(MemberHours::getHoursAsNumber).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getMonthName() {
        return MONTH.format(shown);
    }

    public String getPrevious() {
        return shown.minusMonths(1).toString();
    }

    public String getNext() {
        return shown.plusMonths(1).toString();
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}

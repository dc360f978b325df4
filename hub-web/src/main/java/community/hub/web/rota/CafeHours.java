package community.hub.web.rota;

import community.hub.rota.store.HoursService;
import community.hub.rota.store.MemberHours;
import community.hub.web.ShownMonth;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** Café hours per person for one month, with the CSV download from the API for spreadsheets. */
@Named
@RequestScoped
public class CafeHours {

    @Inject
    private HoursService hoursService;

    @Inject
    private Clock clock;

    private String month;
    private ShownMonth shown;
    private List<MemberHours> hours = List.of();

    public void load() {
        shown = ShownMonth.of(month, clock);
        month = shown.toString();
        hours = hoursService.hours(shown.month());
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

    /** The month shown, its name and the months either side. */
    public ShownMonth getShown() {
        return shown;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}

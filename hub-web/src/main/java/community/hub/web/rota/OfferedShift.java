package community.hub.web.rota;

import community.hub.rota.SpokenTime;
import community.hub.rota.store.ShiftSwap;
import community.hub.web.Text;
import java.io.Serializable;
import java.util.Locale;

/** A shift someone offered for swapping, as a volunteer's page lists it. */
public final class OfferedShift implements Serializable {
    private final long id;
    private final String date;
    private final String when;
    private final String role;
    private final String roleName;
    private final String offeredBy;
    private final String status;

    OfferedShift(ShiftSwap swap, Locale locale) {
        this.id = swap.getId();
        this.date = RotaPages.longDate().format(swap.getShift().getDate());
        this.when = SpokenTime.shift(swap.getShift().toShift(), locale);
        this.role = RotaPages.easyRoleWords(locale, swap.getRole());
        this.roleName = swap.getRole().name();
        this.offeredBy =
                Text.get(locale, "myShifts.offeredBy", swap.getOfferedBy().getName());
        this.status = Text.get(locale, "myShifts.swapStatus." + swap.getStatus().name());
    }

    public long getId() {
        return id;
    }

    public String getDate() {
        return date;
    }

    public String getWhen() {
        return when;
    }

    public String getRole() {
        return role;
    }

    public String getRoleName() {
        return roleName;
    }

    public String getOfferedBy() {
        return offeredBy;
    }

    public String getStatus() {
        return status;
    }
}

package community.hub.web.rota;

import community.hub.rota.SpokenTime;
import community.hub.rota.store.MemberShift;
import community.hub.rota.store.ShiftSwap;
import community.hub.rota.store.SwapStatus;
import community.hub.web.Text;
import java.io.Serializable;
import java.util.Locale;

/** One of a volunteer's own shifts, as their page lists it, with the swap they offered it in, if any. */
public final class MyShiftLine implements Serializable {
    private final String week;
    private final String shiftId;
    private final String key;
    private final String date;
    private final String when;
    private final String role;
    private final String roleName;
    private final String title;
    private final boolean newSincePublished;
    private final Long swapId;
    private final String swapStatus;
    private final boolean swappable;

    MyShiftLine(MemberShift held, boolean swappable, Locale locale) {
        this.swappable = swappable;
        this.week = held.getWeek().toString();
        this.shiftId = held.getShift().getId();
        this.key = shiftId.replaceAll("[^A-Za-z0-9]", "-");
        this.date = RotaPages.longDate().format(held.getShift().getDate());
        this.when = SpokenTime.shift(held.getShift(), locale);
        this.role = RotaPages.easyRoleWords(locale, held.getRole());
        this.roleName = held.getRole().name();
        this.title = held.getTitle().orElse(null);
        this.newSincePublished = held.isNewSincePublished();
        this.swapId = held.getOpenSwap().map(ShiftSwap::getId).orElse(null);
        this.swapStatus = held.getOpenSwap()
                .map(swap -> swap.getStatus() == SwapStatus.TAKEN
                        ? Text.get(
                                locale,
                                "myShifts.takenWaiting",
                                swap.getTakenBy().map(taker -> taker.getName()).orElse(""))
                        : Text.get(locale, "myShifts.offered"))
                .orElse(null);
    }

    /** Whether it may still be offered to the team: not once it has started. */
    public boolean isSwappable() {
        return swappable;
    }

    public String getWeek() {
        return week;
    }

    public String getShiftId() {
        return shiftId;
    }

    public String getKey() {
        return key;
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

    public String getTitle() {
        return title;
    }

    public boolean isNewSincePublished() {
        return newSincePublished;
    }

    public Long getSwapId() {
        return swapId;
    }

    public String getSwapStatus() {
        return swapStatus;
    }
}

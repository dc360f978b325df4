package community.hub.rota;

import java.util.Locale;
import java.util.Objects;

/** Places of one role on one shift that nobody could fill, and why. */
public final class Gap {

    private final Shift shift;
    private final CafeRole role;
    private final int missing;
    private final RotaReason reason;

    Gap(Shift shift, CafeRole role, int missing, RotaReason reason) {
        this.shift = shift;
        this.role = role;
        this.missing = missing;
        this.reason = reason;
    }

    public Shift getShift() {
        return shift;
    }

    public CafeRole getRole() {
        return role;
    }

    /** How many people short the shift is in this role. */
    public int getMissing() {
        return missing;
    }

    public RotaReason getReason() {
        return reason;
    }

    /**
     * The same open place, saying first that the member who held it left the team: "Kit Ramsay has left the café
     * team." then why nobody else is in it.
     */
    public Gap leftBy(String name) {
        return new Gap(shift, role, missing, new RotaReason("gap.left", name, reason));
    }

    public String reason(Locale locale) {
        return reason.message(locale);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Gap gap
                && shift.equals(gap.shift)
                && role == gap.role
                && missing == gap.missing
                && reason.equals(gap.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shift, role, missing, reason);
    }

    @Override
    public String toString() {
        return shift.getId() + " " + role + " short by " + missing + ": " + reason;
    }
}

package community.hub.rota.store;

/** Where a shift swap has got to. */
public enum SwapStatus {
    /** A volunteer has offered their place; anyone eligible may take it. */
    OFFERED,
    /** Another member has taken it; staff decide. */
    TAKEN,
    /** Staff approved it and the rota changed. */
    APPROVED,
    /** Staff said no; the rota did not change. */
    REFUSED,
    /** The volunteer kept their shift after all. */
    WITHDRAWN;

    public boolean isOpen() {
        return this == OFFERED || this == TAKEN;
    }
}

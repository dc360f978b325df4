package community.hub.rota;

import java.util.Locale;

/**
 * A job on a café shift. Job coaches come first: auto-fill places them before anyone who needs one.
 */
public enum CafeRole {
    /** Supervises the shift and supports the members who need a job coach. */
    SUPERVISOR_JOB_COACH,
    BARISTA,
    KITCHEN,
    /** Front of house and the till. */
    FRONT_OF_HOUSE;

    /** The role as people say it ("front of house"). */
    public String inWords(Locale locale) {
        return RotaReason.word("role." + name(), locale);
    }
}

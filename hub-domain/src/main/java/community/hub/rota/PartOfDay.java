package community.hub.rota;

import java.time.LocalTime;
import java.util.Locale;

/** How people name a shift by when it starts: "Tuesday morning". */
public enum PartOfDay {
    MORNING,
    AFTERNOON,
    EVENING;

    private static final LocalTime NOON = LocalTime.NOON;
    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

    public static PartOfDay startingAt(LocalTime start) {
        if (start.isBefore(NOON)) {
            return MORNING;
        }
        return start.isBefore(FIVE_PM) ? AFTERNOON : EVENING;
    }

    public String inWords(Locale locale) {
        return RotaReason.word("partOfDay." + name(), locale);
    }
}

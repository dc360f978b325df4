package community.hub.web.rota;

import community.hub.rota.Shift;
import community.hub.web.Text;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;

/**
 * Times as people say them, for the easy-read rota: "half past eight", "quarter to one", "ten past four",
 * and a shift as "Monday morning, half past eight to half past twelve". No 24-hour clock, no codes.
 */
public final class SpokenTime {

    private static final Set<Integer> SAID_AS_WORDS = Set.of(5, 10, 20, 25);

    private SpokenTime() {
    }

    public static String of(LocalTime time, Locale locale) {
        int minute = time.getMinute();
        if (time.equals(LocalTime.MIDNIGHT)) {
            return Text.get(locale, "time.midnight");
        }
        if (minute == 0) {
            return Text.get(locale, "time.oclock", hour(time.getHour(), locale));
        }
        if (minute == 15) {
            return Text.get(locale, "time.quarterPast", hour(time.getHour(), locale));
        }
        if (minute == 30) {
            return Text.get(locale, "time.halfPast", hour(time.getHour(), locale));
        }
        if (minute == 45) {
            return Text.get(locale, "time.quarterTo", hour(time.getHour() + 1, locale));
        }
        if (minute < 30) {
            return Text.get(locale, "time.past", hour(time.getHour(), locale), minutes(minute, locale));
        }
        return Text.get(locale, "time.to", hour(time.getHour() + 1, locale), minutes(60 - minute, locale));
    }

    /** "Monday morning, half past eight to half past twelve". */
    public static String shift(Shift shift, Locale locale) {
        return Text.get(locale, "time.shift", Text.get(locale, "day." + shift.getDay().name()), shift.getPartOfDay().inWords(locale),
                of(shift.getStart(), locale), of(shift.getEnd(), locale));
    }

    private static String hour(int hour, Locale locale) {
        int onTheClockFace = hour % 12 == 0 ? 12 : hour % 12;
        return Text.get(locale, "time.hour." + onTheClockFace);
    }

    private static String minutes(int minutes, Locale locale) {
        return SAID_AS_WORDS.contains(minutes) ? Text.get(locale, "time.minutes." + minutes) : Text.get(locale, "time.minutes", minutes);
    }
}

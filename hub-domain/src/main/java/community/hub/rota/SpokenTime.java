package community.hub.rota;

import community.hub.Words;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;

/**
 * Times as people say them, for the easy-read rota and the rota emails: "half past eight", "quarter to one", "ten past
 * four", and a shift as "Monday morning, half past eight to half past twelve". No 24-hour clock, no codes.
 */
public final class SpokenTime {

    private static final String BUNDLE = "community.hub.rota.SpokenTimes";
    private static final Set<Integer> SAID_AS_WORDS = Set.of(5, 10, 20, 25);

    private SpokenTime() {}

    public static String of(LocalTime time, Locale locale) {
        int minute = time.getMinute();
        if (time.equals(LocalTime.MIDNIGHT)) {
            return say(locale, "time.midnight");
        }
        // Every pattern may also use the hour the time is in ({1} or {2}) and its minutes as a number ({3}), for
        // languages that say "eight forty-five" rather than "quarter to nine".
        String hourNow = hour(time.getHour(), locale);
        if (minute == 0) {
            return say(locale, "time.oclock", hourNow);
        }
        if (minute == 15) {
            return say(locale, "time.quarterPast", hourNow);
        }
        if (minute == 30) {
            return say(locale, "time.halfPast", hourNow);
        }
        if (minute == 45) {
            return say(locale, "time.quarterTo", hour(time.getHour() + 1, locale), hourNow);
        }
        if (minute < 30) {
            return say(locale, "time.past", hourNow, minutes(minute, locale), hourNow, minute);
        }
        return say(locale, "time.to", hour(time.getHour() + 1, locale), minutes(60 - minute, locale), hourNow, minute);
    }

    /** "Monday morning, half past eight to half past twelve". */
    public static String shift(Shift shift, Locale locale) {
        return say(
                locale,
                "time.shift",
                shift.getDay().getDisplayName(TextStyle.FULL, locale),
                shift.getPartOfDay().inWords(locale),
                of(shift.getStart(), locale),
                of(shift.getEnd(), locale));
    }

    private static String hour(int hour, Locale locale) {
        int onTheClockFace = hour % 12 == 0 ? 12 : hour % 12;
        return say(locale, "time.hour." + onTheClockFace);
    }

    private static String minutes(int minutes, Locale locale) {
        return SAID_AS_WORDS.contains(minutes)
                ? say(locale, "time.minutes." + minutes)
                : say(locale, "time.minutes", minutes);
    }

    private static String say(Locale locale, String key, Object... arguments) {
        return Words.say(BUNDLE, locale, key, arguments);
    }
}

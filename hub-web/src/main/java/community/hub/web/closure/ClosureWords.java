package community.hub.web.closure;

import community.hub.booking.Closure;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A closure said in words: "Youth Hall", "the whole hub"; "Monday 31 August 2026" or "… to …". */
final class ClosureWords {

    private ClosureWords() {}

    static String what(Closure closure) {
        return closure.getRoom() == null
                ? Text.get(locale(), "closures.wholeHub")
                : closure.getRoom().getName();
    }

    static String days(Closure closure) {
        Locale locale = locale();
        DateTimeFormatter day = Formats.date(locale, "date.full");
        LocalDate first = closure.getFirstDay();
        LocalDate last = closure.getLastDay();
        return first.equals(last)
                ? day.format(first)
                : Text.get(locale, "closures.days", day.format(first), day.format(last));
    }

    /** What and when together: "Youth Hall, Monday 31 August 2026". */
    static String describe(Closure closure) {
        return Text.get(locale(), "closures.describe", what(closure), days(closure));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}

package community.hub.web.rota;

import community.hub.rota.CafeRole;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import jakarta.faces.context.FacesContext;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/** What the rota pages say the same way: in the page's language, and a job in words. */
final class RotaPages {

    /** A date in full, as the volunteer pages write it: "Monday 2 March 2026". */
    static DateTimeFormatter longDate() {
        return Formats.date(locale(), "date.full");
    }

    /** A day in the week, as the rota pages head it: "Monday 2 March". */
    static DateTimeFormatter day() {
        return Formats.date(locale(), "date.dayMonth");
    }

    private RotaPages() {}

    /** The page's language; British English outside a page. */
    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Locale.UK
                : faces.getViewRoot().getLocale();
    }

    /** A job in words: "Kitchen". */
    static String roleWords(Locale locale, CafeRole role) {
        return Text.get(locale, "cafeRole." + role.name());
    }

    /** A number the page sent, or null for none or nonsense. */
    static Long number(String sent) {
        try {
            return sent == null ? null : Long.valueOf(sent);
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    /** A job the page sent by its name, or null for none or nonsense. */
    static CafeRole role(String sent) {
        return Arrays.stream(CafeRole.values())
                .filter(role -> role.name().equals(sent))
                .findFirst()
                .orElse(null);
    }
}

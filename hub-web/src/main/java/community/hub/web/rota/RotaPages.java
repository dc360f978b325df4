package community.hub.web.rota;

import community.hub.Refusal;
import community.hub.rota.CafeRole;
import community.hub.rota.RotaWeek;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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

    /** The week a page's address names (like 2027-W10), this week where it names none; empty where it cannot be read. */
    static Optional<RotaWeek> week(String asked, Clock clock) {
        try {
            return Optional.of(RotaWeek.parseOrThisWeek(asked, clock));
        } catch (Refusal unreadable) {
            return Optional.empty();
        }
    }

    /** The page's language; British English outside a page. */
    static Locale locale() {
        return Formats.locale();
    }

    /** A job in words: "Kitchen". */
    static String roleWords(Locale locale, CafeRole role) {
        return Text.get(locale, "cafeRole." + role.name());
    }

    /** A job in the easy-read words a volunteer's own pages use. */
    static String easyRoleWords(Locale locale, CafeRole role) {
        return Text.get(locale, "easyRole." + role.name());
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

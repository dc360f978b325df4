package community.hub;

import com.ibm.icu.text.MessageFormat;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one way the hub reads its words from a bundle and fills them in, for every language alike. Patterns are ICU
 * messages, so a language says its own plural forms ({@code {0,plural,one{…} few{…} many{…} other{…}}}) where
 * {@code java.text} knows only English-like choices. A bundle missing for a language falls back to the base bundle
 * (English), never to the server's own locale.
 */
public final class Words {

    /** The language of the base bundles (those without a language in their name), said when no other is known. */
    public static final Locale BASE_LANGUAGE = Locale.UK;

    private static final ResourceBundle.Control BASE_IS_THE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Words() {}

    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, BASE_IS_THE_FALLBACK);
    }

    /** The bundle's pattern for the key, filled in; a pattern given no arguments is returned as it stands. */
    public static String say(String baseName, Locale locale, String key, Object... arguments) {
        return fill(bundle(baseName, locale).getString(key), locale, arguments);
    }

    public static String fill(String pattern, Locale locale, Object... arguments) {
        return arguments.length == 0 ? pattern : format(pattern, locale, arguments);
    }

    /**
     * The pattern filled in even with no arguments, so that its quoting ({@code ''}) is undone too. Dates and times
     * given as they are stand as they print ({@code 2027-03-16}), as {@code java.text} had them; a caller wanting a
     * date in words formats it first.
     */
    public static String format(String pattern, Locale locale, Object... arguments) {
        Object[] filled = arguments.clone();
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] instanceof TemporalAccessor moment) {
                filled[i] = moment.toString();
            }
        }
        return new MessageFormat(pattern, locale).format(filled);
    }
}

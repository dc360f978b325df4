package community.hub.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The hub's own words for people: every user-facing sentence comes from the {@code text} bundle. */
public final class Text {

    /** The bundle's base name; Faces pages know it as {@code #{text}}. */
    public static final String BUNDLE = "community.hub.web.text";

    private Text() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}

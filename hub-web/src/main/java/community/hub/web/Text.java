package community.hub.web;

import community.hub.Words;
import java.util.Locale;

/** The hub's own words for people: every user-facing sentence comes from the {@code text} bundle. */
public final class Text {

    /** The bundle's base name; Faces pages know it as {@code #{text}}. */
    public static final String BUNDLE = "community.hub.web.text";

    private Text() {}

    public static String get(Locale locale, String key, Object... arguments) {
        return Words.say(BUNDLE, locale, key, arguments);
    }
}

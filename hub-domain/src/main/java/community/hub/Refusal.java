package community.hub;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A request the hub refuses because of one of its rules. It names the rule broken in plain words,
 * and the field at fault where there is one, so that a page can show it beside the field and the
 * API can list it in its problem details. Throwing it rolls the transaction back: a refusal changes nothing.
 */
public class Refusal extends RuntimeException {

    private static final String BUNDLE = "community.hub.Refusals";

    private final Kind kind;
    private final String field;
    private final String key;
    private final transient Object[] arguments;

    /** How the request was wrong, which the web layer turns into an HTTP status. */
    public enum Kind {
        /** The request itself is invalid. */
        INVALID,
        /** The request is valid but conflicts with what the hub already holds. */
        CONFLICT,
        /** The request names something the hub does not have. */
        NOT_FOUND,
        /** Too many requests of this kind from one sender lately: try again later. */
        TOO_MANY
    }

    public Refusal(Kind kind, String field, String key, Object... arguments) {
        super(key);
        this.kind = Objects.requireNonNull(kind);
        this.field = field;
        this.key = Objects.requireNonNull(key);
        this.arguments = arguments.clone();
    }

    public static Refusal invalid(String field, String key, Object... arguments) {
        return new Refusal(Kind.INVALID, field, key, arguments);
    }

    public static Refusal conflict(String field, String key, Object... arguments) {
        return new Refusal(Kind.CONFLICT, field, key, arguments);
    }

    public static Refusal notFound(String key, Object... arguments) {
        return new Refusal(Kind.NOT_FOUND, null, key, arguments);
    }

    public static Refusal tooMany(String field, String key, Object... arguments) {
        return new Refusal(Kind.TOO_MANY, field, key, arguments);
    }

    public Kind kind() {
        return kind;
    }

    /** The field at fault, or null when the refusal is about the request as a whole. */
    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    /** The reason in plain words, in the reader's language. */
    public String message(Locale locale) {
        return Words.format(Words.bundle(BUNDLE, locale).getString(key), locale, inWords(locale));
    }

    /** Days and dates are said as people say them ("Tuesday", "Tuesday or Thursday"), not as constants. */
    private Object[] inWords(Locale locale) {
        Object[] words = arguments.clone();
        for (int i = 0; i < words.length; i++) {
            if (words[i] instanceof Day date) {
                words[i] =
                        DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(date.date());
            } else if (words[i] instanceof DayOfWeek day) {
                words[i] = day.getDisplayName(TextStyle.FULL, locale);
            } else if (words[i] instanceof List<?> days && days.stream().allMatch(DayOfWeek.class::isInstance)) {
                words[i] = String.join(
                        Words.bundle(BUNDLE, locale).getString("words.or"),
                        days.stream()
                                .map(day -> ((DayOfWeek) day).getDisplayName(TextStyle.FULL, locale))
                                .toList());
            }
        }
        return words;
    }

    /** A date said in words in the reader's language ("Tuesday 30 March 2027"), not as 2027-03-30. */
    public record Day(LocalDate date) {}

    @Override
    public String getMessage() {
        return message(Locale.UK);
    }
}

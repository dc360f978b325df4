package community.hub.rota;

import community.hub.Refusal;
import community.hub.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a place on the rota is still open, or why a change would break one of the rota's rules, kept as
 * a key and its arguments so that it can be said in the reader's language when it is shown.
 */
public final class RotaReason {

    private static final String BUNDLE = "community.hub.rota.RotaReasons";
    private static final BigDecimal MINUTES_IN_AN_HOUR = BigDecimal.valueOf(60);

    private final String key;
    private final Object[] arguments;

    RotaReason(String key, Object... arguments) {
        this.key = Objects.requireNonNull(key);
        this.arguments = arguments.clone();
    }

    /** "Kit Ramsay has left the café team.": why a swap they took is refused. */
    public static RotaReason leftTheTeam(String name) {
        return new RotaReason("swap.takerLeft", name);
    }

    public String getKey() {
        return key;
    }

    /**
     * The same reason said to the person it is about ("You are not trained for kitchen."), for a volunteer taking a
     * shift themselves; a reason about someone else stays as it is.
     */
    public RotaReason saidToThePerson() {
        String spoken = "you." + key;
        return Words.bundle(BUNDLE, Locale.ROOT).containsKey(spoken) ? new RotaReason(spoken, arguments) : this;
    }

    /** The reason in plain words, in the reader's language. */
    public String message(Locale locale) {
        return Words.format(Words.bundle(BUNDLE, locale).getString(key), locale, inWords(locale));
    }

    /** The same reason as a refusal of the change that broke the rule, for the web layer to report. */
    public Refusal refusal(String field) {
        return new RotaRefusal(Refusal.Kind.CONFLICT, field, this);
    }

    static String word(String key, Locale locale) {
        return Words.bundle(BUNDLE, locale).getString(key);
    }

    /** Days, dates, roles and hours are said as people say them, not as constants. */
    private Object[] inWords(Locale locale) {
        Object[] words = arguments.clone();
        for (int i = 0; i < words.length; i++) {
            words[i] = inWords(words[i], locale);
        }
        return words;
    }

    private static Object inWords(Object argument, Locale locale) {
        if (argument instanceof DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, locale);
        }
        if (argument instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern("d MMMM", locale).format(date);
        }
        if (argument instanceof CafeRole role) {
            return role.inWords(locale);
        }
        if (argument instanceof PartOfDay part) {
            return part.inWords(locale);
        }
        if (argument instanceof RotaReason reason) {
            return reason.message(locale);
        }
        if (argument instanceof Duration duration) {
            return BigDecimal.valueOf(duration.toMinutes())
                    .divide(MINUTES_IN_AN_HOUR, 2, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
        }
        return argument;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RotaReason reason
                && key.equals(reason.key)
                && Arrays.equals(arguments, reason.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return message(Locale.UK);
    }
}

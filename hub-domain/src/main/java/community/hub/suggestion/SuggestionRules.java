package community.hub.suggestion;

import community.hub.Refusal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The limits on what residents send: how long each field may be, what counts as an email address, how many ideas
 * and supports one address may send in an hour, how long a confirmation link works and how long addresses are kept.
 */
public final class SuggestionRules {

    public static final int SHORTEST_TITLE = 3;
    public static final int LONGEST_TITLE = 120;
    public static final int LONGEST_DESCRIPTION = 1000;
    public static final int LONGEST_WHEN_SUITS = 200;
    public static final int LONGEST_ANSWER = 1000;
    public static final int LONGEST_REASON = 500;
    public static final int LONGEST_NOTE = 500;
    public static final int LONGEST_EMAIL = 254;
    /** Ideas one address may send in an hour. */
    public static final int IDEAS_PER_ADDRESS_PER_HOUR = 3;
    /** Supports one address may ask for in an hour, across ideas. */
    public static final int SUPPORTS_PER_ADDRESS_PER_HOUR = 10;
    /** The most people staff may count in person at one time. */
    public static final int MOST_IN_PERSON = 500;
    /** How long a link to confirm a support works. */
    public static final Duration CONFIRMATION_WORKS_FOR = Duration.ofDays(7);
    /** How long addresses are kept after an idea is closed. */
    public static final Duration ADDRESSES_KEPT_AFTER_CLOSING = Duration.ofDays(90);

    /** Something like name@place.tld: one @, no spaces, a dot in the part after it. */
    private static final Pattern ADDRESS =
            Pattern.compile("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[^@\\s<>()\\[\\],;:\".]{2,}");

    private SuggestionRules() {}

    /** A required text, trimmed, between the given lengths; refused beside its field otherwise. */
    public static String required(String field, String value, int shortest, int longest) {
        String text = optional(field, value, longest);
        if (text == null) {
            throw Refusal.invalid(field, "suggestion.required." + field);
        }
        if (text.length() < shortest) {
            throw Refusal.invalid(field, "suggestion.tooShort", shortest);
        }
        return text;
    }

    /** An optional text, trimmed, null when blank; refused when longer than allowed. */
    public static String optional(String field, String value, int longest) {
        if (value == null) {
            return null;
        }
        String text = value.replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > longest) {
            throw Refusal.invalid(field, "suggestion.tooLong", longest, text.length());
        }
        return text;
    }

    /** An address as the hub keeps it (trimmed, lower case), null when none was given; refused when it is not one. */
    public static String address(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.strip().toLowerCase(Locale.ROOT);
        if (address.length() > LONGEST_EMAIL || !ADDRESS.matcher(address).matches()) {
            throw Refusal.invalid(field, "suggestion.email.invalid");
        }
        return address;
    }

    /** An address that must be there, as for a support. */
    public static String requiredAddress(String field, String value) {
        String address = address(field, value);
        if (address == null) {
            throw Refusal.invalid(field, "suggestion.required.email");
        }
        return address;
    }

    /** What stands for one address's support of one idea, so an address supports an idea once (never the address). */
    public static String addressKey(long suggestionId, String address) {
        return sha256(suggestionId + ":" + address);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}

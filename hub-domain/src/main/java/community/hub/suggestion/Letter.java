package community.hub.suggestion;

import community.hub.Words;
import java.util.Locale;
import java.util.Objects;

/**
 * An email the hub owes someone about an idea, for whoever writes emails to word and send. Every one carries the
 * link to forget the address.
 *
 * @param kind         what it tells
 * @param address      where it goes
 * @param forgetToken  the token of its "forget my address" link
 * @param idea         the idea it is about
 * @param confirmToken the token of the link confirming a support; only for {@link Kind#CONFIRM_SUPPORT}
 * @param language     the language it speaks: the one its reader used on the hub's pages
 */
public record Letter(
        Kind kind, String address, String forgetToken, Suggestion idea, String confirmToken, Locale language) {

    /** What the email tells. */
    public enum Kind {
        /** To a supporter: open this link to count your support. */
        CONFIRM_SUPPORT,
        /** To the suggester: your idea is now shown to everyone. */
        PUBLISHED,
        /** To the suggester: the hub has answered your idea. */
        ANSWERED,
        /** To a supporter: the idea you supported is happening. */
        HAPPENING
    }

    public Letter {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(address);
        Objects.requireNonNull(forgetToken);
        Objects.requireNonNull(idea);
        Objects.requireNonNull(language);
    }

    /** A letter in the base language. */
    public Letter(Kind kind, String address, String forgetToken, Suggestion idea, String confirmToken) {
        this(kind, address, forgetToken, idea, confirmToken, Words.BASE_LANGUAGE);
    }
}

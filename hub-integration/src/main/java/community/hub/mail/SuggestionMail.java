package community.hub.mail;

import community.hub.Words;
import community.hub.suggestion.Letter;
import community.hub.suggestion.Suggestion;
import java.util.List;
import java.util.Locale;

/**
 * Words the emails about residents' ideas: the link to confirm a support, the news that an idea is published,
 * answered or happening, each in the language its reader used on the hub's pages. Plain text; links on lines of their
 * own; every email ends with the link to forget the address. No container needed.
 */
public final class SuggestionMail {

    private static final String BUNDLE = "community.hub.mail.SuggestionMails";

    private final String hubName;
    private final SuggestionLinks links;

    public SuggestionMail(String hubName, SuggestionLinks links) {
        this.hubName = hubName;
        this.links = links;
    }

    public MailMessage compose(Letter letter) {
        Suggestion idea = letter.idea();
        Locale language = letter.language();
        String kind = letter.kind().name();
        String body = MailTemplates.fill(
                "suggestion",
                new Layout(
                        say(language, "greeting"),
                        say(language, kind + ".lead", hubName, idea.getTitle()),
                        letter.kind() == Letter.Kind.CONFIRM_SUPPORT
                                ? new Confirm(
                                        links.confirm(letter.confirmToken()),
                                        say(language, "CONFIRM_SUPPORT.expires"),
                                        say(language, "CONFIRM_SUPPORT.notYou"))
                                : null,
                        letter.kind() == Letter.Kind.ANSWERED
                                ? new Answered(
                                        say(
                                                language,
                                                "status." + idea.getStatus().name()),
                                        idea.getAnswer(),
                                        links.idea(idea.getId()))
                                : null,
                        letter.kind() == Letter.Kind.PUBLISHED || letter.kind() == Letter.Kind.HAPPENING
                                ? links.idea(idea.getId())
                                : null,
                        say(language, "signOff"),
                        hubName,
                        say(language, "forget"),
                        links.forget(letter.forgetToken())));
        return new MailMessage(List.of(letter.address()), say(language, kind + ".subject", idea.getTitle()), body);
    }

    /** What {@code suggestion.mustache} lays out; a part left empty is left out. */
    private record Layout(
            String greeting,
            String lead,
            Confirm confirm,
            Answered answered,
            String announced,
            String signOff,
            String hubName,
            String forget,
            String forgetLink) {}

    /** A support to confirm: the link, how long it works, and what to do if it was not them. */
    private record Confirm(String link, String expires, String notYou) {}

    /** The hub's answer: the idea's status in words, the answer itself if any, and the link to the idea. */
    private record Answered(String status, String answer, String link) {}

    private static String say(Locale language, String key, Object... arguments) {
        return Words.say(BUNDLE, language, key, arguments);
    }
}

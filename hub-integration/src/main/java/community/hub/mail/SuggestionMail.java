package community.hub.mail;

import community.hub.suggestion.Letter;
import community.hub.suggestion.Suggestion;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Words the emails about residents' ideas: the link to confirm a support, the news that an idea is published,
 * answered or happening. Plain text; links on lines of their own; every email ends with the link to forget the
 * address. No container needed.
 */
public final class SuggestionMail {

    private static final String BUNDLE = "community.hub.mail.SuggestionMails";
    private static final Locale LOCALE = Locale.UK;

    private final String hubName;
    private final SuggestionLinks links;
    private final ResourceBundle words = ResourceBundle.getBundle(BUNDLE, LOCALE);

    public SuggestionMail(String hubName, SuggestionLinks links) {
        this.hubName = hubName;
        this.links = links;
    }

    public MailMessage compose(Letter letter) {
        Suggestion idea = letter.idea();
        String kind = letter.kind().name();
        StringBuilder body = new StringBuilder();
        line(body, say("greeting"));
        line(body, "");
        line(body, say(kind + ".lead", hubName, idea.getTitle()));
        line(body, "");
        switch (letter.kind()) {
            case CONFIRM_SUPPORT -> {
                line(body, links.confirm(letter.confirmToken()));
                line(body, "");
                line(body, say("CONFIRM_SUPPORT.expires"));
                line(body, say("CONFIRM_SUPPORT.notYou"));
            }
            case ANSWERED -> {
                line(body, say("status." + idea.getStatus().name()));
                if (idea.getAnswer() != null) {
                    line(body, "");
                    line(body, idea.getAnswer());
                }
                line(body, "");
                line(body, links.idea(idea.getId()));
            }
            case PUBLISHED, HAPPENING -> line(body, links.idea(idea.getId()));
        }
        line(body, "");
        line(body, say("signOff"));
        line(body, hubName);
        line(body, "");
        line(body, say("forget"));
        line(body, links.forget(letter.forgetToken()));
        return new MailMessage(List.of(letter.address()), say(kind + ".subject", idea.getTitle()), body.toString());
    }

    private String say(String key, Object... arguments) {
        String pattern = words.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(arguments);
    }

    private static void line(StringBuilder body, String text) {
        body.append(text).append('\n');
    }
}

package community.hub.mail;

import community.hub.Words;
import community.hub.account.Role;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the emails about someone's own account: the invitation, the link to choose a new password. Plain words, the link on a line
 * of its own, and what to do if they did not ask for it. Plain text, no container needed.
 */
public final class AccountMail {

    private static final String BUNDLE = "community.hub.mail.AccountMails";

    private final String hubName;
    private final Locale locale;
    private final ResourceBundle words;
    private final DateTimeFormatter time;

    /** Emails signed by the hub of the given name, in the reader's language. */
    public AccountMail(String hubName, Locale locale) {
        this.hubName = hubName;
        this.locale = locale;
        this.words = Words.bundle(BUNDLE, locale);
        this.time = DateTimeFormatter.ofPattern(words.getString("format.time"), locale)
                .withZone(ZoneId.of("Europe/London"));
    }

    /** The reset email: the one-time link, until when it works, and that nothing changes unless it is used. */
    public MailMessage reset(String address, String displayName, String username, String link, Instant expiresAt) {
        String body = MailTemplates.fill(
                "account",
                new Layout(
                        say("greeting", displayName),
                        say("reset.lead", hubName, username),
                        null,
                        link,
                        say("reset.expires", time.format(expiresAt)),
                        say("reset.notYou"),
                        say("signOff"),
                        hubName));
        return new MailMessage(List.of(address), say("reset.subject", hubName), body);
    }

    /** The invitation: to what and as whom, the link to choose a password, until when it works, and their username. */
    public MailMessage invitation(
            String address, String displayName, String username, Role role, String link, Instant expiresAt) {
        String body = MailTemplates.fill(
                "account",
                new Layout(
                        say("greeting", displayName),
                        say("invitation.lead", hubName, say("role." + role.name())),
                        say("invitation.username", username),
                        link,
                        say("invitation.expires", time.format(expiresAt)),
                        null,
                        say("signOff"),
                        hubName));
        return new MailMessage(List.of(address), say("invitation.subject", hubName), body);
    }

    /** What {@code account.mustache} lays out; a part left empty is left out. */
    private record Layout(
            String greeting,
            String lead,
            String username,
            String link,
            String expires,
            String notYou,
            String signOff,
            String hubName) {}

    private String say(String key, Object... arguments) {
        return Words.fill(words.getString(key), locale, arguments);
    }
}

package community.hub.mail;

import java.util.List;

/**
 * One plain-text email as people will read it.
 *
 * @param recipients addresses, each once
 * @param subject    the subject line
 * @param body       the text, lines ending in {@code \n}
 */
public record MailMessage(List<String> recipients, String subject, String body) {

    public MailMessage {
        recipients = List.copyOf(recipients);
    }
}

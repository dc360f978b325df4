package community.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.account.Role;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Emails are plain text: what people typed reaches the reader as they typed it, never as HTML entities. */
class PlainTextMailTest {

    @Test
    void namesAndLinksAreWrittenAsTheyAreWithNoHtmlEscaping() {
        MailMessage mail = new AccountMail("Tom & Jerry's <Hub>", Locale.UK)
                .invitation(
                        "tj@example.org",
                        "Tom & Jerry \"TJ\"",
                        "tom&jerry",
                        Role.TENANT,
                        "https://hub.example/password.xhtml?token=abc&next=%2F",
                        Instant.parse("2029-03-05T10:00:00Z"));

        assertThat(mail.body())
                .startsWith("Hello Tom & Jerry \"TJ\",\n\n")
                .contains("You are invited to sign in at Tom & Jerry's <Hub> as a member of your organisation.")
                .contains("Your username is tom&jerry.\n\nhttps://hub.example/password.xhtml?token=abc&next=%2F\n\n")
                .endsWith("Best wishes,\nTom & Jerry's <Hub>\n")
                .doesNotContain("&amp;", "&lt;", "&quot;", "&#39;");
    }
}

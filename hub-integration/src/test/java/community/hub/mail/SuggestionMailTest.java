package community.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.suggestion.IdeaDetails;
import community.hub.suggestion.Letter;
import community.hub.suggestion.Suggestion;
import community.hub.suggestion.SuggestionStatus;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The emails about residents' ideas as people read them: each with its link, and every one with the forget link. */
class SuggestionMailTest {

    private static final Instant NOW = Instant.parse("2027-06-01T09:00:00Z");
    private static final SuggestionMail MAIL =
            new SuggestionMail("Fleetwood Community Hub", new SuggestionLinks("https://hub.example"));

    private static Suggestion idea() {
        Suggestion idea = new Suggestion(
                IdeaDetails.of("Knit and natter", "Bring your own wool", List.of("over-55s"), null),
                "sam@people.example",
                "forget-sam",
                null,
                NOW);
        try {
            Field id = Suggestion.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(idea, 7L);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
        return idea;
    }

    @Test
    void aSupporterGetsTheLinkThatCountsTheirSupportAndNothingElseAboutAnyone() {
        MailMessage mail = MAIL.compose(
                new Letter(Letter.Kind.CONFIRM_SUPPORT, "alex@people.example", "forget-alex", idea(), "confirm-me"));

        assertThat(mail.recipients()).containsExactly("alex@people.example");
        assertThat(mail.subject()).isEqualTo("Confirm your support for \u201cKnit and natter\u201d");
        assertThat(mail.body())
                .contains(
                        "https://hub.example/ideas/confirm.xhtml?token=confirm-me\n",
                        "The link works once, for 7 days.",
                        "https://hub.example/ideas/forget.xhtml?token=forget-alex\n");
        assertThat(mail.body()).doesNotContain("sam@people.example", "forget-sam");
    }

    @Test
    void theSuggesterHearsTheAnswerInWordsWithALinkToTheIdea() {
        Suggestion idea = idea();
        idea.publish(NOW);
        idea.answer(SuggestionStatus.PLANNED, "Tuesdays from May in the meeting room.", NOW);

        MailMessage mail =
                MAIL.compose(new Letter(Letter.Kind.ANSWERED, "sam@people.example", "forget-sam", idea, null));

        assertThat(mail.subject()).isEqualTo("Our answer to your idea \u201cKnit and natter\u201d");
        assertThat(mail.body())
                .contains(
                        "Fleetwood Community Hub has answered your idea \u201cKnit and natter\u201d:",
                        "It is planned.",
                        "Tuesdays from May in the meeting room.",
                        "https://hub.example/ideas/index.xhtml#idea-7",
                        "https://hub.example/ideas/forget.xhtml?token=forget-sam");
    }

    @Test
    void everyEmailEndsWithTheLinkToForgetTheAddress() {
        for (Letter.Kind kind : Letter.Kind.values()) {
            MailMessage mail = MAIL.compose(new Letter(kind, "lee@people.example", "forget-lee", idea(), "token"));

            assertThat(mail.body())
                    .as(kind.name())
                    .endsWith(
                            "To have it removed now, open this link:\nhttps://hub.example/ideas/forget.xhtml?token=forget-lee\n");
        }
    }

    @Test
    void eachLetterSpeaksItsReadersLanguage() {
        Suggestion idea = idea();
        idea.publish(NOW);
        idea.answer(SuggestionStatus.PLANNED, "We wtorki od maja.", NOW);

        MailMessage mail = MAIL.compose(new Letter(
                Letter.Kind.ANSWERED, "sam@people.example", "forget-sam", idea, null, Locale.forLanguageTag("pl")));

        assertThat(mail.subject()).isEqualTo("Nasza odpowiedź na Twój pomysł \u201eKnit and natter\u201d");
        assertThat(mail.body())
                .contains("Dzień dobry,", "Jest zaplanowany.", "We wtorki od maja.", "Pozdrawiamy,")
                .doesNotContain("Hello");
    }
}

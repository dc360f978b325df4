package community.hub.booking;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.FieldProblems;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A booking's words are plain text: control characters would reach pages, emails and calendar feeds raw. */
class BookingRequestValidationTest {

    private static Set<String> faulty(BookingRequest request) {
        return FieldProblems.of(request).keySet();
    }

    private static BookingRequest titled(String title) {
        BookingRequest request = BookingRulesTest.request(
                title, LocalDateTime.of(2027, 3, 2, 10, 0), LocalDateTime.of(2027, 3, 2, 11, 0));
        request.setVisibility(Visibility.PUBLIC);
        return request;
    }

    @Test
    void plainWordsPass() {
        BookingRequest request = titled("Café drop-in – all welcome");
        request.setDescription("Tea and toast.\nBring a friend.\tAll ages.");

        assertThat(faulty(request)).isEmpty();
    }

    @Test
    void controlCharactersInTheTitleDescriptionOrAudienceAreRefused() {
        assertThat(faulty(titled("Club\u0000night"))).containsExactly("title");
        assertThat(faulty(titled("Two\nlines"))).containsExactly("title");
        assertThat(faulty(titled("Bell\u0007"))).containsExactly("title");
        assertThat(faulty(titled("C1\u0085"))).containsExactly("title");

        BookingRequest described = titled("Drop-in");
        described.setDescription("Tea\u001b[31m");
        assertThat(faulty(described)).containsExactly("description");
    }
}

package community.hub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedVersionTest {

    private static final Instant NINE = Instant.parse("2027-03-02T09:00:00Z");

    @Test
    void theSameContentKeepsItsTime() {
        FeedVersion version = new FeedVersion("room|3", "a", NINE);

        assertThat(version.holds("a", NINE.plusSeconds(600))).isEqualTo(NINE);
    }

    @Test
    void newContentTakesTheTimeItChanged() {
        FeedVersion version = new FeedVersion("room|3", "a", NINE);

        assertThat(version.holds("b", NINE.plusSeconds(600))).isEqualTo(NINE.plusSeconds(600));
    }

    @Test
    void whenSomethingLeavesTheFeedItsTimeStillMovesOn() {
        FeedVersion version = new FeedVersion("room|3", "a", NINE);

        assertThat(version.holds("b", NINE.minusSeconds(86_400)))
                .as("what is left is older")
                .isEqualTo(NINE.plusSeconds(1));
    }
}

package community.hub.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.booking.ActivityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedsFromMemoryTest {

    private final BuiltFeed built = BuiltFeed.of("BEGIN:VCALENDAR", Instant.EPOCH, "hub.ics", false);
    private final List<HubFeedAsked> asked = new ArrayList<>();
    private final FeedsFromMemory memory = new FeedsFromMemory(
            feed -> {
                asked.add(feed);
                return Optional.of(built);
            },
            FeedCounts.NONE);

    @Test
    void theHubFeedIsLookedUpWithTheFiltersAsTheHubsServletReadsThem() {
        assertThat(memory.find("/hub.ics", "youth_work, CLASS", " young people ", null))
                .contains(built);
        assertThat(asked)
                .containsExactly(new HubFeedAsked(
                        Set.of(ActivityType.YOUTH_WORK, ActivityType.CLASS), "young people", Locale.UK));
        assertThat(asked.get(0).key())
                .isEqualTo(HubFeedAsked.of("class,youth_work", "young people", null)
                        .orElseThrow()
                        .key());
    }

    @Test
    void noOtherFeedIsAnsweredFromMemory() {
        assertThat(memory.find("/rooms/youth-hall.ics", null, null, null)).isEmpty();
        assertThat(memory.find("/feeds/Zq3_k-9aBcDeFgHiJkLmNo.ics", null, null, null))
                .isEmpty();
        assertThat(memory.find(null, null, null, null)).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void anUnknownActivityTypeGoesTheLongWayToBeRefusedThere() {
        assertThat(memory.find("/hub.ics", "jacuzzi", null, null)).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void aFeedNotCurrentInMemoryGoesTheLongWay() {
        FeedsFromMemory nothingCurrent = new FeedsFromMemory(feed -> Optional.empty(), FeedCounts.NONE);
        assertThat(nothingCurrent.find("/hub.ics", null, null, null)).isEmpty();
    }

    @Test
    void emptyItemsInTheTypeListAreLeftOut() {
        assertThat(HubFeedAsked.of("class,, youth_work,", null, null))
                .contains(new HubFeedAsked(Set.of(ActivityType.CLASS, ActivityType.YOUTH_WORK), null, Locale.UK));
        assertThat(HubFeedAsked.of(" , ", null, null)).contains(new HubFeedAsked(Set.of(), null, Locale.UK));
    }

    @Test
    void aLanguageTheHubSpeaksIsAFeedOfItsOwnAndAnyOtherIsTheBaseLanguage() {
        Locale polish = Locale.forLanguageTag("pl");
        assertThat(HubFeedAsked.of(null, null, "pl")).contains(new HubFeedAsked(Set.of(), null, polish));
        assertThat(HubFeedAsked.of(null, null, "pl").orElseThrow().key())
                .isNotEqualTo(HubFeedAsked.of(null, null, null).orElseThrow().key());
        assertThat(HubFeedAsked.of(null, null, "xx")).contains(new HubFeedAsked(Set.of(), null, Locale.UK));
        assertThat(memory.find("/hub.ics", null, null, "pl-PL")).contains(built);
        assertThat(asked).containsExactly(new HubFeedAsked(Set.of(), null, polish));
    }

    @Test
    void aBlankAudienceIsNoAudience() {
        assertThat(HubFeedAsked.of("", "  ", null)).contains(new HubFeedAsked(Set.of(), null, Locale.UK));
    }
}

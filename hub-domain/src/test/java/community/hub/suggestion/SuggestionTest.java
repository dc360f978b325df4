package community.hub.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import community.hub.HubTime;
import community.hub.Refusal;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An idea's life: checked, supported, answered, closed, and its addresses gone 90 days later. */
class SuggestionTest {

    private static final Instant MONDAY = HubTime.instant(LocalDate.of(2027, 3, 29), LocalTime.of(10, 0));
    private static long ids = 1;

    private static Suggestion idea(String title) {
        Suggestion idea = new Suggestion(
                IdeaDetails.of(title, null, List.of("families"), null), "sam@example.org", Tokens.next(), null, MONDAY);
        try {
            Field id = Suggestion.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(idea, ids++);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
        return idea;
    }

    @Test
    void aNewIdeaWaitsUnseenUntilStaffPublishIt() {
        Suggestion idea = idea("Board games night");

        assertEquals(Review.WAITING, idea.getReview());
        assertEquals(SuggestionStatus.NEW, idea.getStatus());
        assertFalse(idea.isPublic());
        assertFalse(idea.isOpenForSupport());

        idea.publish(MONDAY);

        assertTrue(idea.isPublic());
        assertTrue(idea.isOpenForSupport());
        assertThrows(Refusal.class, () -> idea.publish(MONDAY), "published once");
    }

    @Test
    void aSupportCountsOnceWhenConfirmedWithinSevenDaysWhileTheIdeaIsOpen() {
        Suggestion idea = idea("Choir");
        idea.publish(MONDAY);
        Support support = Support.byAddress(idea, "alex@example.org", null, Tokens.hash("t"), Tokens.next(), MONDAY);

        assertEquals(0, idea.getSupportCount(), "not until the address is confirmed");
        support.confirm(MONDAY.plus(Duration.ofDays(7)));
        assertEquals(1, idea.getSupportCount());
        Refusal twice = assertThrows(Refusal.class, () -> support.confirm(MONDAY.plus(Duration.ofDays(7))));
        assertEquals("suggestion.confirm.used", twice.key());
        assertEquals(1, idea.getSupportCount());

        Support late = Support.byAddress(idea, "kim@example.org", null, Tokens.hash("u"), Tokens.next(), MONDAY);
        assertEquals(
                "suggestion.confirm.expired",
                assertThrows(
                                Refusal.class,
                                () -> late.confirm(
                                        MONDAY.plus(Duration.ofDays(7)).plusSeconds(1)))
                        .key());

        Support afterClosing =
                Support.byAddress(idea, "lee@example.org", null, Tokens.hash("v"), Tokens.next(), MONDAY);
        idea.answer(SuggestionStatus.NOT_POSSIBLE, "No room big enough, sorry.", MONDAY);
        assertEquals(
                "suggestion.support.closed",
                assertThrows(Refusal.class, () -> afterClosing.confirm(MONDAY)).key());
        assertEquals(1, idea.getSupportCount());
    }

    @Test
    void staffCountPeopleWhoBackedAnIdeaInPerson() {
        Suggestion idea = idea("Repair cafe");

        Support.inPerson(idea, 12, "staff", MONDAY);

        assertEquals(12, idea.getSupportCount());
        assertThrows(Refusal.class, () -> Support.inPerson(idea, 0, "staff", MONDAY));
        assertThrows(Refusal.class, () -> Support.inPerson(idea, 501, "staff", MONDAY));
        assertEquals(12, idea.getSupportCount());
    }

    @Test
    void mergingCarriesTheSupportsOverAndTakesTheIdeaOutOfView() {
        Suggestion first = idea("Chess club");
        Suggestion same = idea("Chess for beginners");
        first.publish(MONDAY);
        Support.inPerson(first, 3, "staff", MONDAY);
        Support.inPerson(same, 2, "staff", MONDAY);

        same.mergeInto(first, MONDAY);

        assertEquals(5, first.getSupportCount());
        assertEquals(Review.MERGED, same.getReview());
        assertEquals(first.getId(), same.getMergedInto());
        assertFalse(same.isPublic());
        assertThrows(Refusal.class, () -> first.mergeInto(first, MONDAY));
        assertThrows(Refusal.class, () -> same.publish(MONDAY));
    }

    @Test
    void anAnswerNeedsAPublishedIdeaAndARealAnswer() {
        Suggestion idea = idea("Swimming lessons");

        assertEquals(
                "suggestion.answer.notPublished",
                assertThrows(Refusal.class, () -> idea.answer(SuggestionStatus.PLANNED, "Soon", MONDAY))
                        .key());
        idea.publish(MONDAY);
        assertThrows(Refusal.class, () -> idea.answer(SuggestionStatus.NEW, "Back to new", MONDAY));
        assertThrows(Refusal.class, () -> idea.answer(null, "No status", MONDAY));

        idea.answer(SuggestionStatus.PLANNED, "From May, in the sports hall.", MONDAY);

        assertEquals(SuggestionStatus.PLANNED, idea.getStatus());
        assertTrue(idea.isOpenForSupport(), "planned is not settled");
        assertTrue(idea.addressesKeptUntil().isEmpty(), "open: addresses kept");
    }

    @Test
    void addressesAreKeptUntilTheIdeaIsClosedPlusNinetyDays() {
        Suggestion happening = idea("Dance class");
        happening.publish(MONDAY);
        happening.becameBooking(42, MONDAY);
        Suggestion setAside = idea("Something rude");
        setAside.setAside("Not suitable", MONDAY);

        assertEquals(SuggestionStatus.HAPPENING, happening.getStatus());
        assertEquals(42L, happening.getBookingId());
        assertEquals(
                MONDAY.plus(Duration.ofDays(90)), happening.addressesKeptUntil().orElseThrow());
        assertEquals(
                MONDAY.plus(Duration.ofDays(90)), setAside.addressesKeptUntil().orElseThrow());
        assertEquals("Not suitable", setAside.getSetAsideReason());

        happening.forgetAddress();

        assertNull(happening.getSuggesterEmail());
        assertNull(happening.getForgetToken());
    }
}

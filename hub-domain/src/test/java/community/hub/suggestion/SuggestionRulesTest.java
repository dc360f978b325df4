package community.hub.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import community.hub.Refusal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionRulesTest {

    private static Refusal refused(Runnable asked) {
        return assertThrows(Refusal.class, asked::run);
    }

    @Test
    void anIdeaSaysWhatWithinItsLimitsAndOnlyForTheHubsGroups() {
        IdeaDetails idea = IdeaDetails.of(
                "  Knit and natter  ", " ", List.of("Over-55s", "families", "over-55s"), "Weekday afternoons");

        assertEquals("Knit and natter", idea.title());
        assertNull(idea.description(), "blank is none");
        assertEquals(
                List.of("over-55s", "families"),
                List.copyOf(idea.audience()),
                "as the hub writes them, each once, in order");
        assertEquals("Weekday afternoons", idea.whenSuits());

        assertEquals(
                "title",
                refused(() -> IdeaDetails.of(" ", null, List.of(), null)).field());
        assertEquals(
                "title",
                refused(() -> IdeaDetails.of("ab", null, List.of(), null)).field());
        assertEquals(
                "title",
                refused(() -> IdeaDetails.of("x".repeat(121), null, List.of(), null))
                        .field());
        assertEquals(
                "description",
                refused(() -> IdeaDetails.of("Choir", "x".repeat(1001), List.of(), null))
                        .field());
        assertEquals(
                "whenSuits",
                refused(() -> IdeaDetails.of("Choir", null, List.of(), "x".repeat(201)))
                        .field());
        Refusal unknown = refused(() -> IdeaDetails.of("Choir", null, List.of("aliens"), null));
        assertEquals("audience", unknown.field());
        assertEquals(Refusal.Kind.INVALID, unknown.kind());
        assertEquals(
                "Knit and natter",
                IdeaDetails.of("Knit\u0000and natter", null, null, null).title(),
                "control characters become spaces");
    }

    @Test
    void anAddressIsAnAddressKeptInLowerCase() {
        assertEquals("sam.smith@example.org", SuggestionRules.address("email", "  Sam.Smith@Example.ORG "));
        assertNull(SuggestionRules.address("email", "  "));
        for (String bad : new String[] {
            "sam",
            "sam@",
            "@example.org",
            "sam@example",
            "sam smith@example.org",
            "a@b@c.org",
            "<sam@example.org>",
            "x".repeat(250) + "@example.org"
        }) {
            assertEquals(
                    "email",
                    refused(() -> SuggestionRules.address("email", bad)).field(),
                    bad);
        }
        assertEquals(
                "suggestion.required.email",
                refused(() -> SuggestionRules.requiredAddress("email", "")).key());
    }

    @Test
    void anAddressKeyStandsForOneAddressOnOneIdeaWithoutSayingIt() {
        String key = SuggestionRules.addressKey(4, "sam@example.org");

        assertEquals(64, key.length());
        assertEquals(key, SuggestionRules.addressKey(4, "sam@example.org"));
        assertNotEquals(key, SuggestionRules.addressKey(5, "sam@example.org"));
        assertNotEquals(key, SuggestionRules.addressKey(4, "alex@example.org"));
        assertEquals(-1, key.indexOf("sam"));
    }

    @Test
    void tokensAreLongRandomAndOnlyTokensAreLookedUp() {
        String token = Tokens.next();

        assertEquals(43, token.length());
        assertNotEquals(token, Tokens.next());
        assertEquals(true, Tokens.plausible(token));
        assertEquals(false, Tokens.plausible("short"));
        assertEquals(false, Tokens.plausible("x' or '1'='1" + "x".repeat(20)));
        assertEquals(false, Tokens.plausible(null));
    }
}

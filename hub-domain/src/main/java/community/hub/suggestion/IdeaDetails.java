package community.hub.suggestion;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an idea says, checked: what, more about it, who it is for (the hub's audience tags) and when would suit.
 * Made only through {@link #of}, so an idea never holds an over-long field or an unknown audience.
 */
public record IdeaDetails(String title, String description, Set<String> audience, String whenSuits) {

    public IdeaDetails {
        audience = Collections.unmodifiableSet(new LinkedHashSet<>(audience));
    }

    /** The details as sent, trimmed and checked; each thing wrong refused beside its field. */
    public static IdeaDetails of(String title, String description, List<String> audience, String whenSuits) {
        return new IdeaDetails(
                SuggestionRules.required("title", title, SuggestionRules.SHORTEST_TITLE, SuggestionRules.LONGEST_TITLE),
                SuggestionRules.optional("description", description, SuggestionRules.LONGEST_DESCRIPTION),
                Audiences.chosen(audience),
                SuggestionRules.optional("whenSuits", whenSuits, SuggestionRules.LONGEST_WHEN_SUITS));
    }
}

package community.hub.report;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The hub takes no suggestions yet: the impact report says so. Replaced by the suggestions capability. */
@ApplicationScoped
public class NoSuggestionsYet implements ResidentSuggestions {

    @Override
    public List<SuggestionOutcome> between(ReportPeriod period) {
        return List.of();
    }
}

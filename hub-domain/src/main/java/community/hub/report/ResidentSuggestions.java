package community.hub.report;

import java.util.List;

/**
 * Where the impact report reads what residents suggested in a period and what came of it. The suggestions capability
 * answers it ({@link community.hub.suggestion.SuggestionsInTheReport}).
 */
public interface ResidentSuggestions {

    /** The suggestions made or answered in the period, the most supported first. */
    List<SuggestionOutcome> between(ReportPeriod period);
}

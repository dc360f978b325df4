package community.hub.report;

import java.util.List;

/**
 * Where the impact report reads what residents suggested in a period and what came of it. The suggestions capability
 * answers it; until it exists {@link NoSuggestionsYet} does, and wiring it in is replacing that one class.
 */
public interface ResidentSuggestions {

    /** The suggestions made or answered in the period, the most supported first. */
    List<SuggestionOutcome> between(ReportPeriod period);
}

package community.hub.report;

/**
 * What residents suggested and what came of it, for the impact report: the suggestion, how many supported it, where
 * it stands (new, considering, planned, happening, not possible) and the hub's public answer.
 */
public record SuggestionOutcome(String title, String status, int supports, String answer) {}

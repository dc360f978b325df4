package community.hub.mail;

/** Emails about residents' ideas were put in the outbox in the current transaction; send them once it commits. */
public record SuggestionMailWritten(int count) {}

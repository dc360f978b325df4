package community.hub.mail;

/** An email about someone's account was put in the outbox in the current transaction; send it once it commits. */
public record AccountMailWritten(long mailId) {}

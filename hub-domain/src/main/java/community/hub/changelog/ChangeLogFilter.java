package community.hub.changelog;

import community.hub.HubTime;
import community.hub.Refusal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Which entries of the log to show: one kind of thing, one person's changes, the days from and to (both included, as
 * days at the hub); anything left empty does not narrow. Refused when the last day is before the first.
 */
public record ChangeLogFilter(ChangedThing thing, String who, LocalDate from, LocalDate to) {

    /** Every entry. */
    public static final ChangeLogFilter ALL = new ChangeLogFilter(null, null, null, null);

    public ChangeLogFilter {
        who = who == null || who.isBlank() ? null : who.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw Refusal.invalid("to", "changeLog.toBeforeFrom");
        }
    }

    /** The first instant shown, or null for no limit. */
    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(HubTime.ZONE).toInstant();
    }

    /** The first instant no longer shown (the start of the day after the last), or null for no limit. */
    Instant untilInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(HubTime.ZONE).toInstant();
    }

    /** Whether an entry passes the filter: the rule the log's query follows, kept here in the hub's words. */
    public boolean admits(ChangeLogEntry entry) {
        Instant at = entry.getChangedAt();
        return (thing == null || thing == entry.getThing())
                && (who == null || who.equalsIgnoreCase(entry.getChangedBy()))
                && (fromInstant() == null || !at.isBefore(fromInstant()))
                && (untilInstant() == null || at.isBefore(untilInstant()));
    }
}

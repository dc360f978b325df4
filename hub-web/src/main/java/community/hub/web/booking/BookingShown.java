package community.hub.web.booking;

import community.hub.account.Account;
import community.hub.booking.ActivityType;
import community.hub.booking.Booking;
import community.hub.booking.BookingAccess;
import community.hub.booking.BookingStatus;
import community.hub.booking.ChangeOf;
import community.hub.booking.HistoryEntry;
import community.hub.booking.Occurrence;
import community.hub.booking.Recurrence;
import community.hub.booking.Visibility;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One booking as its page shows it to the caller: a copy taken when the page reads it, with what the caller may do to
 * each date already asked of the domain ({@link BookingAccess}). The page keeps this, never the booking itself.
 *
 * @param follows        the booking this one asks to change or continues; null for a booking of its own
 * @param changeKind     what it asks to change of the booking it follows; null for a booking of its own
 * @param movesDate      for a request to move one date of another booking, that date in words; null otherwise
 * @param changeable     whether the caller may cancel or change it now
 * @param decidable      whether the caller may approve or decline it now
 */
public record BookingShown(
        long id,
        String title,
        BookingStatus status,
        String decisionReason,
        String room,
        String organisation,
        ActivityType type,
        Visibility visibility,
        LocalTime startTime,
        LocalTime endTime,
        String repeats,
        int expectedAttendance,
        String description,
        Link follows,
        ChangeOf changeKind,
        String movesDate,
        List<Link> moveRequests,
        List<Link> continuations,
        List<DateLine> dates,
        List<HistoryLine> history,
        boolean changeable,
        boolean decidable)
        implements Serializable {

    /** Another booking this one links to: its number, title, status and first date. */
    public record Link(long id, String title, BookingStatus status, LocalDate firstDate) implements Serializable {

        static Link of(Booking booking) {
            return new Link(
                    booking.getId(),
                    booking.getActivity().getTitle(),
                    booking.getStatus(),
                    booking.getSeries().getFirstDate());
        }
    }

    /**
     * One date of the booking, and what the caller may do to it now.
     *
     * @param cancellable    whether the caller may call it off (it is theirs to change, not called off, not begun)
     * @param movable        whether the caller may move it (as for calling it off)
     * @param changeableFrom whether "change this date and the following ones" is offered for it
     */
    public record DateLine(
            LocalDate seriesDate,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            long roomId,
            boolean moved,
            BookingStatus status,
            boolean cancelled,
            boolean cancellable,
            boolean movable,
            boolean changeableFrom)
            implements Serializable {}

    /** One line of its history: when, what, by whom, and any detail. */
    public record HistoryLine(Instant changedAt, HistoryEntry.Kind kind, String changedBy, String detail)
            implements Serializable {}

    static BookingShown of(Booking booking, Optional<Account> caller, Instant now, Locale locale) {
        return new BookingShown(
                booking.getId(),
                booking.getActivity().getTitle(),
                booking.getStatus(),
                booking.getDecisionReason(),
                booking.getRoom().getName(),
                booking.getOrganisation() == null
                        ? null
                        : booking.getOrganisation().getName(),
                booking.getActivity().getType(),
                booking.getActivity().getVisibility(),
                booking.getSeries().getStartTime(),
                booking.getSeries().getEndTime(),
                repeats(booking, locale),
                booking.getActivity().getExpectedAttendance(),
                booking.getActivity().getDescription(),
                booking.follows().map(Link::of).orElse(null),
                booking.getChangeRequest().getKind(),
                booking.getChangeRequest()
                        .movesDate()
                        .map(date -> Text.get(
                                locale,
                                "booking.movesDate",
                                Formats.date(locale, "date.full").format(date)))
                        .orElse(null),
                booking.changes().getMoveRequests().stream().map(Link::of).toList(),
                booking.changes().getContinuations().stream().map(Link::of).toList(),
                booking.getOccurrences().stream()
                        .map(date -> line(booking, date, caller, now))
                        .toList(),
                booking.getHistory().stream()
                        .map(entry -> new HistoryLine(
                                entry.getChangedAt(), entry.getKind(), entry.getChangedBy(), entry.getDetail()))
                        .toList(),
                BookingAccess.mayChangeNow(caller, booking),
                BookingAccess.mayDecideNow(caller, booking));
    }

    private static DateLine line(Booking booking, Occurrence date, Optional<Account> caller, Instant now) {
        return new DateLine(
                date.getSeriesDate(),
                date.getDate(),
                date.getStart(),
                date.getEnd(),
                date.getRoom().getId(),
                date.isMoved(),
                date.getStatus(),
                date.isCancelled(),
                BookingAccess.mayCancelDateNow(caller, booking, date, now),
                BookingAccess.mayMoveNow(caller, booking, date, now),
                BookingAccess.mayChangeFromNow(caller, booking, date, now));
    }

    /**
     * The series rule in words: "Every 2 weeks on Tuesday and Thursday, 12 times", counting the dates the booking
     * keeps (a series booked on its free dates only, or with dates cancelled, holds fewer than its rule asks for).
     */
    private static String repeats(Booking booking, Locale locale) {
        Recurrence rule = booking.getSeries().getRecurrence();
        if (rule == null) {
            return Text.get(locale, "booking.once");
        }
        String days = rule.days(booking.getSeries().getFirstDate()).stream()
                .map(day -> day.getDisplayName(TextStyle.FULL, locale))
                .collect(Collectors.joining(" " + Text.get(locale, "booking.and") + " "));
        String every = Text.get(
                locale,
                "booking.repeats." + rule.getFrequency().name(),
                rule.getInterval(),
                days,
                rule.getBySetPos() == null
                        ? ""
                        : Text.get(
                                locale, rule.getBySetPos() < 0 ? "position.last" : "position." + rule.getBySetPos()));
        String end = rule.getUntil() != null
                ? Text.get(locale, "booking.until", rule.getUntil())
                : Text.get(
                        locale,
                        "booking.times",
                        booking.getOccurrences().stream()
                                .filter(date -> !date.isCancelled())
                                .count());
        return every + ", " + end;
    }

    /** Whether it asks to move the booking it follows (all of it or one date), rather than continuing its series. */
    public boolean isMove() {
        return changeKind == ChangeOf.WHOLE_BOOKING || changeKind == ChangeOf.ONE_DATE;
    }

    /** The date of the series, if it has one on that day. */
    public Optional<DateLine> on(LocalDate seriesDate) {
        return dates.stream()
                .filter(line -> line.seriesDate().equals(seriesDate))
                .findFirst();
    }
}

package community.hub.web.booking.api;

import community.hub.booking.Booking;
import community.hub.booking.HistoryEntry;
import community.hub.booking.Occurrence;
import community.hub.web.api.EnumJson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A booking with its occurrences and history, as SPEC §4 shows it; times are Europe/London wall-clock. A series changed
 * from one date on names the booking that took over its later dates ({@code continuedAs}), and that booking names the
 * one it continues ({@code followsBookingId}) and the date of it from which it does ({@code continuesFrom}). A request
 * to move a booking that waits for the hub names the booking too ({@code followsBookingId}), says what it moves
 * ({@code changeOf}: {@code whole_booking}, or {@code one_date} and the date in {@code movesDate}), and the booking lists
 * the moves asked for that are waiting or were declined ({@code moveRequests}). A booking made from a residents' idea
 * names it ({@code suggestionId}).
 */
public record BookingView(
        long id,
        long roomId,
        String roomName,
        Long organisationId,
        String organisationName,
        String title,
        String type,
        String visibility,
        String status,
        LocalDateTime start,
        LocalDateTime end,
        RecurrenceJson recurrence,
        String description,
        Set<String> audience,
        int expectedAttendance,
        String decisionReason,
        int sequence,
        List<OccurrenceView> occurrences,
        List<ChangeView> history,
        Long followsBookingId,
        LocalDate continuesFrom,
        List<Long> continuedAs,
        String changeOf,
        LocalDate movesDate,
        List<Long> moveRequests,
        Long suggestionId) {

    /** One dated occurrence; {@code moved} when it is not where and when the series put it. */
    public record OccurrenceView(
            LocalDate date, LocalDateTime start, LocalDateTime end, String status, long roomId, boolean moved) {
        static OccurrenceView of(Occurrence occurrence) {
            return new OccurrenceView(
                    occurrence.getSeriesDate(),
                    LocalDateTime.of(occurrence.getDate(), occurrence.getStart()),
                    LocalDateTime.of(occurrence.getDate(), occurrence.getEnd()),
                    occurrence.getStatus().name(),
                    occurrence.getRoom().getId(),
                    occurrence.isMoved());
        }
    }

    /** Who changed what, when. */
    public record ChangeView(Instant at, String by, String what, String detail) {
        static ChangeView of(HistoryEntry change) {
            return new ChangeView(
                    change.getChangedAt(), change.getChangedBy(), EnumJson.name(change.getKind()), change.getDetail());
        }
    }

    public static BookingView of(Booking booking) {
        LocalDate first = booking.getSeries().getFirstDate();
        LocalTime start = booking.getSeries().getStartTime();
        return new BookingView(
                booking.getId(),
                booking.getRoom().getId(),
                booking.getRoom().getName(),
                booking.getOrganisation() == null
                        ? null
                        : booking.getOrganisation().getId(),
                booking.getOrganisation() == null
                        ? null
                        : booking.getOrganisation().getName(),
                booking.getActivity().getTitle(),
                EnumJson.name(booking.getActivity().getType()),
                EnumJson.name(booking.getActivity().getVisibility()),
                booking.getStatus().name(),
                LocalDateTime.of(first, start),
                LocalDateTime.of(first, booking.getSeries().getEndTime()),
                RecurrenceJson.of(booking.getSeries().getRecurrence()),
                booking.getActivity().getDescription(),
                booking.getAudience(),
                booking.getActivity().getExpectedAttendance(),
                booking.getDecisionReason(),
                booking.getSequence(),
                booking.getOccurrences().stream().map(OccurrenceView::of).toList(),
                booking.getHistory().stream().map(ChangeView::of).toList(),
                booking.follows().map(Booking::getId).orElse(null),
                booking.getChangeRequest().continuesFrom().orElse(null),
                booking.changes().getContinuations().stream()
                        .map(Booking::getId)
                        .toList(),
                booking.getChangeRequest()
                        .kind()
                        .map(change -> EnumJson.name(change))
                        .orElse(null),
                booking.getChangeRequest().movesDate().orElse(null),
                booking.changes().getMoveRequests().stream().map(Booking::getId).toList(),
                booking.getActivity().getSuggestionId());
    }
}

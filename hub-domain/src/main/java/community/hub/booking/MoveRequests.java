package community.hub.booking;

import community.hub.Refusal;
import community.hub.room.Room;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Moves of one confirmed booking, or of one of its dates, that its organisation asks for although the hub decides its
 * requests: each is a request that follows the booking and holds the new times while the hub decides, the booking
 * staying exactly as it was until then. They wait, one at a time, by the rules of {@link ChangeRequests}.
 */
public final class MoveRequests {

    private final Booking booking;
    private final ChangeRequests changes;

    MoveRequests(Booking booking, ChangeRequests changes) {
        this.booking = booking;
        this.changes = changes;
    }

    /**
     * The organisation asks to move this confirmed booking (its times, room, pattern or details with them) although the
     * hub decides its requests. A new request following this booking holds the new times on the given slots (already
     * checked against the rules; this booking's own dates did not count) while the hub decides. Meanwhile this booking
     * stays exactly as it was, holding its own slots: approved, it takes the move over (see {@link Booking#approve});
     * declined, it stays as it was and its history says why.
     *
     * @return the request, not yet saved
     */
    public Booking requestMove(BookingRequest request, Room newRoom, List<Slot> slots, String by, Instant now) {
        checkMoveCanWait();
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("A move needs at least one date");
        }
        changes.checkClearOfWhatItWouldReplace(newRoom, slots, occurrence -> true);
        return asked(
                request, newRoom, slots, ChangeRequest.wholeBooking(), HistoryEntry.wholeMove(slots.get(0)), by, now);
    }

    /**
     * The organisation asks to move one date of this confirmed booking although the hub decides its requests: as for
     * {@link #requestMove}, a request following this booking holds the new slot (already checked) while the hub decides,
     * and the date stays where it was until the move is approved.
     *
     * @return the request, not yet saved
     */
    public Booking requestDateMove(LocalDate seriesDate, Room newRoom, Slot slot, String by, Instant now) {
        checkMoveCanWait();
        Occurrence occurrence = booking.dates().toCome(seriesDate, now);
        changes.checkClearOfWhatItWouldReplace(newRoom, List.of(slot), held -> held == occurrence);
        return asked(
                oneDateMoved(BookingRequest.of(booking), newRoom, slot),
                newRoom,
                List.of(slot),
                ChangeRequest.oneDate(seriesDate),
                HistoryEntry.dateMove(seriesDate, slot),
                by,
                now);
    }

    /** The booking asked for with one date on a new slot, in a new room: what checks of a date's move check. */
    public static BookingRequest oneDateMoved(BookingRequest request, Room newRoom, Slot slot) {
        request.setRoomId(newRoom.getId());
        request.setStart(LocalDateTime.of(slot.date(), slot.start()));
        request.setEnd(LocalDateTime.of(slot.date(), slot.end()));
        request.setRecurrence(null);
        return request;
    }

    private Booking asked(
            BookingRequest request,
            Room newRoom,
            List<Slot> slots,
            ChangeRequest change,
            String detail,
            String by,
            Instant now) {
        Booking asked = new Booking(
                request,
                newRoom,
                booking.getOrganisation(),
                slots,
                BookingStatus.PENDING,
                by,
                now,
                HistoryEntry.Kind.ASKS_TO_CHANGE,
                detail);
        booking.followedBy(asked, change);
        booking.record(now, by, HistoryEntry.Kind.CHANGE_REQUESTED, detail);
        return asked;
    }

    private void checkMoveCanWait() {
        if (booking.getStatus() != BookingStatus.CONFIRMED) {
            throw new IllegalStateException(
                    "Only a confirmed booking keeps its times while a move waits; a request moves itself");
        }
        changes.checkNoneWaiting();
    }

    /**
     * Makes the move the given request asked for, now approved: the whole booking takes over the request's times, room,
     * pattern and details, or the one date moves to where the request holds it. Refused when the booking has moved on
     * since: a date the move concerns has begun, or was called off.
     */
    void makeMove(Booking request, String by, Instant now) {
        List<Occurrence> asked = request.getOccurrences().stream()
                .filter(occurrence -> !occurrence.isCancelled())
                .toList();
        Optional<Occurrence> first = asked.stream().findFirst();
        String detail;
        if (request.getChangeRequest().getKind() == ChangeOf.WHOLE_BOOKING) {
            if (booking.dates().anyBegun(now) || first.isEmpty()) {
                throw Refusal.conflict("status", "booking.moveOvertaken", booking.getId());
            }
            booking.replaceWith(
                    BookingRequest.of(request),
                    request.getRoom(),
                    asked.stream()
                            .map(occurrence -> new SeriesDates.Placing(
                                    occurrence.getSeriesDate(), occurrence.getRoom(), occurrence.slot()))
                            .toList(),
                    now);
            detail = HistoryEntry.wholeMove(
                    request.getSeries().slotOn(request.getSeries().getFirstDate()));
        } else {
            LocalDate date = request.getChangeRequest().movesDate().orElseThrow();
            Occurrence moving = booking.dates()
                    .on(date)
                    .filter(occurrence ->
                            !occurrence.isCancelled() && occurrence.startsAt().isAfter(now))
                    .orElseThrow(() -> Refusal.conflict("status", "booking.moveOvertaken", booking.getId()));
            Occurrence to =
                    first.orElseThrow(() -> Refusal.conflict("status", "booking.moveOvertaken", booking.getId()));
            moving.place(to.getRoom(), to.slot());
            detail = HistoryEntry.dateMove(date, to.slot());
        }
        changes.settled(request);
        booking.changed(now, by, HistoryEntry.Kind.CHANGE_APPROVED, detail);
    }
}

package community.hub.booking;

import community.hub.Refusal;
import community.hub.room.Room;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The changes of one booking that its organisation asked for: a change of its series from one of its dates on, carried
 * by a new booking that continues it, and moves of the booking or of one of its dates, made as requests that wait for
 * the hub while the booking stays exactly as it was. The hub decides one at a time. Approving or declining is the
 * request's own business ({@link Booking#approve}, {@link Booking#decline}); moves have their own part,
 * {@link MoveRequests}, which keeps to the same waiting and replacement rules, checked here.
 */
public final class ChangeRequests {

    private final Booking booking;
    /** The bookings that follow it, earliest first: its series' continuations, and moves of it asked for. */
    private final List<Booking> followers;

    ChangeRequests(Booking booking, List<Booking> followers) {
        this.booking = booking;
        this.followers = followers;
    }

    /** A request to change this booking that still waits for a decision, if there is one. */
    public Optional<Booking> waiting() {
        return followers.stream()
                .filter(follower -> waitingToChange(follower).isPresent())
                .findFirst();
    }

    /**
     * The booking this request would change, while the request waits and that booking still holds its room: the series
     * it would take over from one of its dates, or the booking (or date) it would move.
     */
    static Optional<Booking> waitingToChange(Booking request) {
        ChangeRequest change = request.getChangeRequest();
        Booking follows = request.follows().orElse(null);
        if (follows == null
                || !change.canTakeOver()
                || request.getStatus() != BookingStatus.PENDING
                || !follows.getStatus().holdsRoom()) {
            return Optional.empty();
        }
        return Optional.of(follows);
    }

    /**
     * Refuses new times for a change that waits for the hub where they would overlap, in the same room and counting
     * its turnaround, the dates of this booking that the change would replace: until the hub decides, those dates still
     * hold the room, and no two holders of a room may overlap (SPEC invariant 1), even two of one organisation.
     */
    void checkClearOfWhatItWouldReplace(Room newRoom, List<Slot> slots, Predicate<Occurrence> replaced) {
        List<Occurrence> stillHolding = booking.getOccurrences().stream()
                .filter(occurrence -> occurrence.holdsRoom() && occurrence.isIn(newRoom) && replaced.test(occurrence))
                .toList();
        if (!BookingRules.clashes(newRoom, slots, stillHolding, List.of(), unnamed -> null)
                .isEmpty()) {
            throw Refusal.conflict("start", "booking.waitingChangeOverlaps");
        }
    }

    /** Refuses a change of this booking while another one waits for a decision: the hub decides one at a time. */
    public void checkNoneWaiting() {
        waiting().ifPresent(waiting -> {
            if (waiting.getChangeRequest().getKind() == ChangeOf.DATES_FROM) {
                throw Refusal.conflict(
                        "date",
                        "booking.changeWaiting",
                        waiting.getChangeRequest().continuesFrom().orElse(null),
                        waiting.getId());
            }
            throw Refusal.conflict("start", "booking.moveWaiting", waiting.getId());
        });
    }

    /** The bookings that continue this series from one of its dates on, earliest first. */
    public List<Booking> getContinuations() {
        return followers.stream()
                .filter(follower -> follower.getChangeRequest().continuesSeries())
                .toList();
    }

    /** The moves of this booking, or of one of its dates, that were asked for and are waiting or were declined. */
    public List<Booking> getMoveRequests() {
        return followers.stream()
                .filter(follower -> follower.getChangeRequest().isMove())
                .toList();
    }

    /**
     * Refuses a change of this series from one of its dates on that cannot be made, before anything is checked or
     * changed: the booking has ended, is not a series, has no such date, the date is its first (change the whole
     * booking instead), a date from then on has begun, or the changed dates would begin on or before the last date the
     * booking keeps (they would double its earlier dates).
     *
     * @param newFirstDate the first date the changed series asks for
     */
    public void checkChangeFrom(LocalDate seriesDate, LocalDate newFirstDate, Instant now) {
        booking.requireHoldsRoom();
        Series series = booking.getSeries();
        if (!series.repeats()) {
            throw Refusal.invalid("date", "booking.notASeries");
        }
        checkNoneWaiting();
        SeriesDates dates = booking.dates();
        dates.named(seriesDate);
        if (!series.isAfterFirst(seriesDate)) {
            throw Refusal.invalid("date", "booking.changeFromFirstDate", seriesDate);
        }
        if (!series.slotOn(seriesDate).startsAt().isAfter(now) || dates.anyBegunFrom(seriesDate, now)) {
            throw Refusal.invalid("date", "booking.changeFromBegun", seriesDate);
        }
        Optional<LocalDate> lastKept = dates.lastStandingBefore(seriesDate);
        if (lastKept.isPresent() && !newFirstDate.isAfter(lastKept.get())) {
            throw Refusal.invalid("start", "booking.continuationTooEarly", lastKept.get());
        }
    }

    /** Whether the occurrence is one this series gives up when it changes from the given date on. */
    public boolean givesUpFrom(LocalDate seriesDate, Occurrence occurrence) {
        Booking other = occurrence.getBooking();
        boolean own =
                other == booking || booking.getId() != null && booking.getId().equals(other.getId());
        return own && !occurrence.getSeriesDate().isBefore(seriesDate) && !occurrence.isCancelled();
    }

    /**
     * This date and the following ones change, the way calendar apps do it: the series splits. A new booking for the
     * same organisation, continuing this one, holds the changed series on the given slots (already checked against the
     * rules, this series' own dates from then on left out). Confirmed, it takes over at once: this booking ends before
     * the date (its rule gets an end date; its later dates still held go) and keeps everything earlier as it was. Waiting
     * for the hub to decide, it takes over only when approved: until then this booking keeps its later dates and their
     * slots, so declining the change leaves the series as it was. Dates already called off stay here, for history and
     * charges.
     *
     * @return the new booking, not yet saved
     */
    public Booking continueFrom(
            LocalDate seriesDate,
            BookingRequest request,
            Room newRoom,
            List<Slot> slots,
            BookingStatus newStatus,
            String by,
            Instant now) {
        checkChangeFrom(seriesDate, request.getStart().toLocalDate(), now);
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("A continuation needs at least one date");
        }
        if (newStatus == BookingStatus.PENDING) {
            checkClearOfWhatItWouldReplace(newRoom, slots, occurrence -> givesUpFrom(seriesDate, occurrence));
        }
        Booking continuation = new Booking(
                request,
                newRoom,
                booking.getOrganisation(),
                slots,
                newStatus,
                by,
                now,
                HistoryEntry.Kind.CONTINUES,
                seriesDate.toString());
        booking.followedBy(continuation, ChangeRequest.datesFrom(seriesDate));
        if (newStatus == BookingStatus.PENDING) {
            booking.record(now, by, HistoryEntry.Kind.CHANGE_REQUESTED, seriesDate.toString());
        } else {
            booking.endBefore(seriesDate, by, now);
        }
        return continuation;
    }

    /**
     * What a booking that continues this series from one of its dates needs: the status of a new booking, except that a
     * request still waiting for a decision stays waiting.
     *
     * @param needsApproval whether a new booking by the same person would wait for hub staff
     */
    public BookingStatus continuationStatus(boolean needsApproval) {
        return booking.getStatus() == BookingStatus.PENDING || needsApproval
                ? BookingStatus.PENDING
                : BookingStatus.CONFIRMED;
    }

    /** The moves of this booking, or of one of its dates, that its organisation asks for. */
    public MoveRequests moves() {
        return new MoveRequests(booking, this);
    }

    /** A move asked for was made: the request has done its work and no longer follows this booking. */
    void settled(Booking request) {
        followers.remove(request);
    }

    /**
     * The time the given booking, waiting for a decision, would add to its organisation's use of the month if approved:
     * all its dates there for a new request; for a change of another booking, what it asks for beyond the dates it would
     * take the place of (a move to a slot as long adds nothing), and never less than nothing.
     */
    public static Duration addsIfApprovedIn(Booking request, YearMonth month) {
        Duration asked = request.dates().lengthIn(month, occurrence -> true);
        ChangeRequest change = request.getChangeRequest();
        Duration replaced = request.follows()
                .map(followed -> followed.dates().lengthIn(month, change::wouldReplace))
                .orElse(Duration.ZERO);
        return asked.compareTo(replaced) > 0 ? asked.minus(replaced) : Duration.ZERO;
    }
}

package community.hub.booking;

import community.hub.Refusal;
import community.hub.RetriedWhenRolledBack;
import community.hub.account.Account;
import community.hub.organisation.Organisation;
import community.hub.room.Room;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * Books rooms, and moves or re-times bookings, so that no two occurrences holding a room ever overlap. Each booking or
 * change takes a database lock on its room's row first, so requests for one room are checked one after another across
 * every server sharing the database, while different rooms are booked in parallel. A transaction the database rolls
 * back for a passing reason (a lock timeout, a deadlock) is tried again from the start, lock and checks included.
 */
@ApplicationScoped
@Transactional
@RetriedWhenRolledBack
public class BookingService {

    @Inject
    private Bookings bookings;

    @Inject
    private BookingChecks checks;

    @Inject
    private Clock clock;

    @Inject
    private Event<BookingMade> made;

    @Inject
    private Event<BookingRefused> refused;

    /** Books the request, or refuses it whole: a refused request changes nothing. */
    public Booking book(
            @NotNull(message = "{request.body.required}") @Valid BookingRequest request, @NotNull Account by) {
        try {
            Booking booking = bookAsOf(request, by, clock.instant());
            made.fire(new BookingMade(booking.getId()));
            return booking;
        } catch (Refusal refusal) {
            refused.fire(new BookingRefused(refusal.key()));
            throw refusal;
        }
    }

    /**
     * Books the request as the hub would have at {@code asOf}, every rule checked against that moment: for loading a
     * hub's history, such as the demo term already under way. Not for requests people make, which are booked now.
     */
    public Booking bookAsOf(
            @NotNull(message = "{request.body.required}") @Valid BookingRequest request,
            @NotNull Account by,
            @NotNull Instant asOf) {
        List<Slot> slots = BookingRules.slots(request);
        Room room = checks.lockRoom(request.getRoomId());
        Organisation organisation = checks.organisationFor(request, by);
        slots = checks.freeSlots(request, room, slots, by, occurrence -> false, asOf);
        Booking booking =
                new Booking(request, room, organisation, slots, statusFor(by, organisation), by.getUsername(), asOf);
        bookings.add(booking);
        return booking;
    }

    /** What booking the request would meet, without booking it: every clash, for people to decide before saving. */
    public List<Clash> preview(
            @NotNull(message = "{request.body.required}") @Valid BookingRequest request, @NotNull Account by) {
        List<Slot> slots = BookingRules.slots(request);
        Room room = checks.room(request.getRoomId());
        checks.organisationFor(request, by);
        return checks.clashes(request, room, slots, by, occurrence -> false);
    }

    /**
     * Moves or re-times a booking from now on, checked again like a new one (it does not clash with itself). Dates that
     * have begun are history (attendance, charges, the feeds): a series with some keeps them as they were, and a change
     * of its times, room or rule splits it at its first date not begun, as {@link #changeFrom} does; new details alone
     * change the booking itself. A series wholly in the future changes as a whole. When the hub decides the
     * organisation's requests, moving a confirmed booking is a request of its own: the booking stays as it is, holding
     * its slots, until the hub approves the move (see {@link MoveRequests#requestMove}).
     *
     * @return the booking changed, the new booking continuing it when the series split, or the request to move it
     */
    public Booking change(
            long id, @NotNull(message = "{request.body.required}") @Valid BookingRequest request, @NotNull Account by) {
        Booking booking = bookings.changeableBy(id, by);
        List<Slot> slots = BookingRules.slots(request);
        Room room = checks.lockRooms(request.getRoomId(), booking.getRoom().getId());
        booking.requireHoldsRoom();
        booking.changes().checkNoneWaiting();
        Instant now = clock.instant();
        boolean begun = booking.dates().anyBegun(now);
        if (begun && moves(booking, room, slots, now)) {
            LocalDate from =
                    booking.dates().firstNotBegun(now).orElseThrow(() -> Refusal.invalid("start", "booking.allBegun"));
            return continueFrom(booking, from, request, room, slots, by, now);
        }
        slots = checks.freeSlots(
                request,
                room,
                slots,
                by,
                occurrence -> occurrence.getBooking().getId().equals(booking.getId()));
        if (begun) {
            booking.redescribe(request, by.getUsername(), now);
            return booking;
        }
        if (moves(booking, room, slots, now) && movesWait(booking, by)) {
            Booking asked = booking.changes().moves().requestMove(request, room, slots, by.getUsername(), now);
            bookings.add(asked);
            return asked;
        }
        booking.reschedule(request, room, slots, by.getUsername(), now);
        return booking;
    }

    /**
     * Changes a series from one of its dates on, as calendar apps do: a new booking continuing it holds the changed
     * dates, and the booking ends before that date, keeping its earlier dates as they were. The new dates are checked
     * like a new booking (clashes, closures, opening hours, the tenant's rules; the booking's own dates it gives up do
     * not count) with the rooms locked, and a request refused changes nothing. A change that waits for the hub to
     * decide takes over only when approved; until then the booking keeps its later dates (see
     * {@link ChangeRequests#continueFrom}).
     *
     * @return the new booking
     */
    public Booking changeFrom(
            long id,
            @NotNull LocalDate date,
            @NotNull(message = "{request.body.required}") @Valid BookingRequest request,
            @NotNull Account by) {
        Booking booking = bookings.changeableBy(id, by);
        List<Slot> slots = BookingRules.slots(request);
        Room room = checks.lockRooms(request.getRoomId(), booking.getRoom().getId());
        return continueFrom(booking, date, request, room, slots, by, clock.instant());
    }

    private Booking continueFrom(
            Booking booking,
            LocalDate date,
            BookingRequest request,
            Room room,
            List<Slot> slots,
            Account by,
            Instant now) {
        ChangeRequests changes = booking.changes();
        changes.checkChangeFrom(date, request.getStart().toLocalDate(), now);
        List<Slot> free =
                checks.freeSlots(request, room, slots, by, occurrence -> changes.givesUpFrom(date, occurrence));
        Booking continuation = changes.continueFrom(
                date,
                request,
                room,
                free,
                changes.continuationStatus(BookingAccess.waitsForTheHub(by, booking.getOrganisation())),
                by.getUsername(),
                now);
        bookings.add(continuation);
        return continuation;
    }

    /** What changing a series from one of its dates on would meet, without changing it: every clash of the new dates. */
    public List<Clash> previewFrom(
            long id,
            @NotNull LocalDate date,
            @NotNull(message = "{request.body.required}") @Valid BookingRequest request,
            @NotNull Account by) {
        Booking booking = bookings.changeableBy(id, by);
        List<Slot> slots = BookingRules.slots(request);
        Room room = checks.room(request.getRoomId());
        ChangeRequests changes = booking.changes();
        changes.checkChangeFrom(date, request.getStart().toLocalDate(), clock.instant());
        return checks.clashes(request, room, slots, by, occurrence -> changes.givesUpFrom(date, occurrence));
    }

    /**
     * Moves one date of a booking to another slot or room, checked like a new booking against everything else
     * holding that room. Calendars show it as an exception to the series. When the hub decides the organisation's
     * requests, moving a date of a confirmed booking is a request of its own, and the date stays where it is until the
     * hub approves it (see {@link MoveRequests#requestDateMove}).
     *
     * @param roomId the room the date moves to; none: the booking's own
     * @return the booking with the date moved, or the request to move it
     */
    public Booking moveOccurrence(long id, LocalDate seriesDate, Long roomId, Slot slot, @NotNull Account by) {
        Booking booking = bookings.changeableBy(id, by);
        booking.dates().toCome(seriesDate, clock.instant());
        Room room = checks.lockRooms(
                roomId == null ? booking.getRoom().getId() : roomId,
                booking.getRoom().getId());
        booking.changes().checkNoneWaiting();
        BookingRequest request = MoveRequests.oneDateMoved(BookingRequest.of(booking), room, slot);
        List<Clash> clashes = checks.clashes(
                request,
                room,
                BookingRules.slots(request),
                by,
                occurrence -> occurrence.getBooking().getId().equals(booking.getId())
                        && occurrence.getSeriesDate().equals(seriesDate));
        if (!clashes.isEmpty()) {
            throw new ClashRefusal(clashes, false);
        }
        if (movesWait(booking, by)) {
            Booking asked = booking.changes()
                    .moves()
                    .requestDateMove(seriesDate, room, slot, by.getUsername(), clock.instant());
            bookings.add(asked);
            return asked;
        }
        booking.dates().move(seriesDate, room, slot, by.getUsername(), clock.instant());
        return booking;
    }

    private static BookingStatus statusFor(Account by, Organisation organisation) {
        return organisation != null && BookingAccess.waitsForTheHub(by, organisation)
                ? BookingStatus.PENDING
                : BookingStatus.CONFIRMED;
    }

    /** Whether a move of the booking by this person waits for the hub: a confirmed booking moved by a tenant it decides for. */
    private static boolean movesWait(Booking booking, Account by) {
        return booking.getStatus() == BookingStatus.CONFIRMED
                && statusFor(by, booking.getOrganisation()) == BookingStatus.PENDING;
    }

    /** Whether the change puts the booking in another room, or its dates still to come at other times or on other days. */
    private static boolean moves(Booking booking, Room room, List<Slot> slots, Instant now) {
        return !room.getId().equals(booking.getRoom().getId())
                || !booking.dates().slotsToCome(now).equals(new HashSet<>(slots));
    }
}

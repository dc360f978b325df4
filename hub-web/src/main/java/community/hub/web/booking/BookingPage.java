package community.hub.web.booking;

import community.hub.HubTime;
import community.hub.account.Account;
import community.hub.booking.Booking;
import community.hub.booking.BookingAccess;
import community.hub.booking.BookingDecisions;
import community.hub.booking.BookingService;
import community.hub.booking.Bookings;
import community.hub.booking.Clash;
import community.hub.booking.ClashRefusal;
import community.hub.booking.Slot;
import community.hub.room.Room;
import community.hub.room.RoomService;
import community.hub.web.FieldMessages;
import community.hub.web.NotFoundPage;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import community.hub.web.security.Caller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One booking: its dates, its history, and what the caller may do to it (cancel a date or all, move one date, change
 * a date and the following ones, decide a request). Moving a date works from the keyboard: "Move this date" opens a
 * small form for that date, the planner's drag being the mouse's way.
 */
@Named
@ViewScoped
public class BookingPage implements Serializable {

    @Inject
    private Bookings bookings;

    @Inject
    private BookingService bookingService;

    @Inject
    private BookingDecisions decisions;

    @Inject
    private Caller caller;

    @Inject
    private RoomService rooms;

    @Inject
    private Clock clock;

    private Long id;
    private BookingShown booking;
    private String reason;
    /** The date being moved (its series date), from the "Move this date" link; null while no date is being moved. */
    private LocalDate move;

    private LocalDate moveDate;
    private LocalTime moveStart;
    private LocalTime moveEnd;
    private Long moveRoomId;

    public void load() {
        booking = NotFoundPage.unlessRefused(() -> bookings.visibleTo(id == null ? -1 : id, me()))
                .map(this::shown)
                .orElse(null);
        if (booking == null) {
            return;
        }
        BookingShown.DateLine moving = move == null
                ? null
                : booking.on(move).filter(BookingShown.DateLine::movable).orElse(null);
        if (moving == null) {
            move = null;
            return;
        }
        moveDate = moving.date();
        moveStart = moving.start();
        moveEnd = moving.end();
        moveRoomId = moving.roomId();
    }

    private BookingShown shown(Booking read) {
        return BookingShown.of(read, caller.account(), clock.instant(), locale());
    }

    /**
     * Moves the chosen date to the time and room in the form, checked like a new booking, and shows the booking again;
     * refusals show beside their field and nothing moves.
     */
    public String moveDate() {
        return FieldMessages.attempt(
                        () -> bookingService.moveOccurrence(
                                id, move, moveRoomId, new Slot(moveDate, moveStart, moveEnd), me()),
                        refusal -> refusal instanceof ClashRefusal notFree && showNotFree(notFree))
                .map(moved -> {
                    FieldMessages.done(
                            moved.getId().equals(id) ? "booking.dateMovedMessage" : "booking.dateMoveRequested",
                            moved.getActivity().getTitle(),
                            inWords(move));
                    return "/bookings/booking?faces-redirect=true&id=" + id;
                })
                .orElse(null);
    }

    private static boolean showNotFree(ClashRefusal notFree) {
        Clash clash = notFree.clashes().get(0);
        String why =
                Text.get(locale(), clash.cause() == Clash.Cause.CLOSED ? "bookingForm.closed" : "bookingForm.booked")
                        + (clash.with() == null ? "" : " \u2013 " + clash.with());
        FieldMessages.beside("start", "booking.move.notFree", clash.roomName(), why);
        return true;
    }

    /** Rooms a date may move to: every room in use for staff, those tenants may book for a tenant. */
    public List<Room> getRooms() {
        return rooms.inUse().stream()
                .filter(room -> BookingAccess.mayBook(me(), room))
                .toList();
    }

    /** The date being moved, in words, for the move form's heading. */
    public String getMovingInWords() {
        return move == null ? null : inWords(move);
    }

    /** A date as people write it: "Tuesday 16 March 2027". */
    public String inWords(LocalDate date) {
        return Formats.date(locale(), "date.full").format(date);
    }

    public void cancelDate(BookingShown.DateLine date) {
        act(() -> decisions.cancelOccurrence(id, date.seriesDate(), me()), "booking.dateCancelledMessage");
    }

    public void cancelFrom(BookingShown.DateLine date) {
        act(() -> decisions.cancelFrom(id, date.seriesDate(), me()), "booking.datesCancelledMessage");
    }

    public void cancel() {
        act(() -> decisions.cancel(id, me()), "booking.cancelledMessage");
    }

    /** Approves the request; approving a move shows the booking it moved, as the request has then done its work. */
    public String approve() {
        return FieldMessages.attempt(() -> decisions.approve(id, me()))
                .map(approved -> {
                    if (approved.getId().equals(id)) {
                        booking = shown(approved);
                        FieldMessages.info(
                                "booking.approvedMessage",
                                approved.getActivity().getTitle());
                        return null;
                    }
                    FieldMessages.done(
                            "booking.moveApprovedMessage",
                            approved.getActivity().getTitle());
                    return "/bookings/booking?faces-redirect=true&id=" + approved.getId();
                })
                .orElse(null);
    }

    public void decline() {
        act(() -> decisions.decline(id, reason, me()), "booking.declinedMessage");
    }

    private void act(Supplier<Booking> action, String doneKey) {
        FieldMessages.attempt(action).ifPresent(done -> {
            booking = shown(done);
            FieldMessages.info(doneKey, done.getActivity().getTitle());
        });
    }

    /** Whether the caller may cancel or change this booking now (staff, or a member of its organisation). */
    public boolean isChangeable() {
        return booking != null && booking.changeable();
    }

    /** Whether the caller may approve or decline this booking now. */
    public boolean isDecidable() {
        return booking != null && booking.decidable();
    }

    /** When something happened, in hub time, as people write it. */
    public String when(Instant instant) {
        return Formats.date(locale(), "dateTime.compact").format(HubTime.wallClock(instant));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private Account me() {
        return caller.account().orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BookingShown getBooking() {
        return booking;
    }

    public LocalDate getMove() {
        return move;
    }

    public void setMove(LocalDate move) {
        this.move = move;
    }

    public LocalDate getMoveDate() {
        return moveDate;
    }

    public void setMoveDate(LocalDate moveDate) {
        this.moveDate = moveDate;
    }

    public LocalTime getMoveStart() {
        return moveStart;
    }

    public void setMoveStart(LocalTime moveStart) {
        this.moveStart = moveStart;
    }

    public LocalTime getMoveEnd() {
        return moveEnd;
    }

    public void setMoveEnd(LocalTime moveEnd) {
        this.moveEnd = moveEnd;
    }

    public Long getMoveRoomId() {
        return moveRoomId;
    }

    public void setMoveRoomId(Long moveRoomId) {
        this.moveRoomId = moveRoomId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

package community.hub.web.booking;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.booking.BookingDecisions;
import community.hub.booking.Bookings;
import community.hub.booking.Booking;
import community.hub.booking.BookingAccess;
import community.hub.booking.BookingService;
import community.hub.booking.Clash;
import community.hub.booking.ClashRefusal;
import community.hub.booking.Occurrence;
import community.hub.booking.Recurrence;
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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
    private Booking booking;
    private String reason;
    /** The date being moved (its series date), from the "Move this date" link; null while no date is being moved. */
    private LocalDate move;
    private LocalDate moveDate;
    private LocalTime moveStart;
    private LocalTime moveEnd;
    private Long moveRoomId;

    public void load() {
        try {
            booking = bookings.visibleTo(id == null ? -1 : id, me());
        } catch (Refusal notVisible) {
            booking = null;
            NotFoundPage.send();
            return;
        }
        Occurrence moving = move == null ? null : booking.dates().on(move).filter(this::isMovable).orElse(null);
        if (moving == null) {
            move = null;
            return;
        }
        moveDate = moving.getDate();
        moveStart = moving.getStart();
        moveEnd = moving.getEnd();
        moveRoomId = moving.getRoom().getId();
    }

    /**
     * Moves the chosen date to the time and room in the form, checked like a new booking, and shows the booking again;
     * refusals show beside their field and nothing moves.
     */
    public String moveDate() {
        return FieldMessages.attempt(() -> bookingService.moveOccurrence(id, move, moveRoomId, new Slot(moveDate, moveStart, moveEnd), me()),
                refusal -> refusal instanceof ClashRefusal notFree && showNotFree(notFree))
                .map(moved -> {
                    FieldMessages.done(moved.getId().equals(id) ? "booking.dateMovedMessage" : "booking.dateMoveRequested",
                            moved.getTitle(), inWords(move));
                    return "/bookings/booking?faces-redirect=true&id=" + id;
                }).orElse(null);
    }

    private static boolean showNotFree(ClashRefusal notFree) {
        Clash clash = notFree.clashes().get(0);
        String why = Text.get(locale(), clash.cause() == Clash.Cause.CLOSED ? "bookingForm.closed" : "bookingForm.booked")
                + (clash.with() == null ? "" : " \u2013 " + clash.with());
        FieldMessages.beside("start", "booking.move.notFree", clash.roomName(), why);
        return true;
    }

    /** Whether the caller may move this date: it is theirs to change, not called off and not begun. */
    public boolean isMovable(Occurrence occurrence) {
        return isChangeable() && !occurrence.isCancelled() && occurrence.startsAt().isAfter(clock.instant());
    }

    /**
     * Whether "change this date and the following ones" is offered for this date: a series the caller may change,
     * a date after its first (changing from the first is changing the whole booking) that has not begun.
     */
    public boolean isChangeableFrom(Occurrence occurrence) {
        return isMovable(occurrence) && booking.getSeries().getRecurrence() != null && occurrence.getSeriesDate().isAfter(booking.getSeries().getFirstDate())
                && booking.getSeries().slotOn(occurrence.getSeriesDate()).startsAt().isAfter(clock.instant());
    }

    /** Rooms a date may move to: every room in use for staff, those tenants may book for a tenant. */
    public List<Room> getRooms() {
        return rooms.inUse().stream().filter(room -> BookingAccess.mayBook(me(), room)).toList();
    }

    /** For a request to move one date of another booking: that date, in words, as "its date Tuesday 16 March 2027". */
    public String getMovesDateInWords() {
        return booking == null ? null : booking.getChangeRequest().movesDate().map(date -> Text.get(locale(), "booking.movesDate", inWords(date))).orElse(null);
    }

    /** The date being moved, in words, for the move form's heading. */
    public String getMovingInWords() {
        return move == null ? null : inWords(move);
    }

    /** A date as people write it: "Tuesday 16 March 2027". */
    public String inWords(LocalDate date) {
        return Formats.date(locale(), "date.full").format(date);
    }

    public void cancelDate(Occurrence occurrence) {
        act(() -> decisions.cancelOccurrence(id, occurrence.getSeriesDate(), me()), "booking.dateCancelledMessage");
    }

    public void cancelFrom(Occurrence occurrence) {
        act(() -> decisions.cancelFrom(id, occurrence.getSeriesDate(), me()), "booking.datesCancelledMessage");
    }

    public void cancel() {
        act(() -> decisions.cancel(id, me()), "booking.cancelledMessage");
    }

    /** Approves the request; approving a move shows the booking it moved, as the request has then done its work. */
    public String approve() {
        return FieldMessages.attempt(() -> decisions.approve(id, me())).map(approved -> {
            if (approved.getId().equals(id)) {
                booking = approved;
                FieldMessages.info("booking.approvedMessage", approved.getTitle());
                return null;
            }
            FieldMessages.done("booking.moveApprovedMessage", approved.getTitle());
            return "/bookings/booking?faces-redirect=true&id=" + approved.getId();
        }).orElse(null);
    }

    public void decline() {
        act(() -> decisions.decline(id, reason, me()), "booking.declinedMessage");
    }

    private void act(Supplier<Booking> action, String doneKey) {
        FieldMessages.attempt(action).ifPresent(done -> {
            booking = done;
            FieldMessages.info(doneKey, done.getTitle());
        });
    }

    /** Whether the caller may cancel or change this booking: staff, or a member of its organisation. */
    public boolean isChangeable() {
        return BookingAccess.mayChangeNow(caller.account(), booking);
    }

    public boolean isDecidable() {
        return BookingAccess.mayDecideNow(caller.account(), booking);
    }

    /** The series rule in words: "Every 2 weeks on Tuesday and Thursday, 12 times". */
    public String getRepeats() {
        Recurrence rule = booking == null ? null : booking.getSeries().getRecurrence();
        if (rule == null) {
            return Text.get(locale(), "booking.once");
        }
        String days = rule.days(booking.getSeries().getFirstDate()).stream().map(day -> day.getDisplayName(TextStyle.FULL, locale()))
                .collect(Collectors.joining(" " + Text.get(locale(), "booking.and") + " "));
        // the day and its position also as codes, for languages whose words agree with the day (Polish "w pierwszą środę")
        DayOfWeek firstDay = rule.days(booking.getSeries().getFirstDate()).iterator().next();
        String every = Text.get(locale(), "booking.repeats." + rule.getFrequency().name(), rule.getInterval(), days,
                rule.getBySetPos() == null ? "" : Text.get(locale(), rule.getBySetPos() < 0 ? "position.last" : "position." + rule.getBySetPos()),
                firstDay.name(), rule.getBySetPos() == null ? "" : rule.getBySetPos().toString());
        String end = rule.getUntil() != null ? Text.get(locale(), "booking.until", Formats.date(locale(), "date.long").format(rule.getUntil()))
                : Text.get(locale(), "booking.times", rule.getCount());
        return every + ", " + end;
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

    public Booking getBooking() {
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

package community.hub.web.booking;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.ShownDays;
import community.hub.booking.Booking;
import community.hub.booking.BookingService;
import community.hub.booking.Bookings;
import community.hub.booking.Clash;
import community.hub.booking.ClashRefusal;
import community.hub.booking.DatesHoldingRooms;
import community.hub.booking.Occurrence;
import community.hub.booking.Slot;
import community.hub.room.Room;
import community.hub.room.RoomService;
import community.hub.web.FieldMessages;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import community.hub.web.security.Caller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The room planner: a day or a week across every room (or one), loading only the visible range; it opens on today or
 * on the day and room its address names ({@code ?date=2027-03-16&roomId=3}). Dragging or resizing an occurrence asks
 * first, then moves that one date, checked again like a new booking, says where it went and offers to undo it; a
 * refused move, or one the person thought better of, springs back.
 */
@Named
@ViewScoped
public class Planner implements Serializable {

    @Inject
    private Bookings bookings;

    @Inject
    private BookingService bookingService;

    @Inject
    private DatesHoldingRooms holding;

    @Inject
    private ShownDays shownDays;

    @Inject
    private RoomService rooms;

    @Inject
    private Caller caller;

    private Long roomId;
    /** The day the planner opens on (?date=2027-03-16); today when none is given. */
    private LocalDate date;

    private final ScheduleModel model = new Occurrences();

    /** The key a planner entry carries back: which booking, and which date of its series. */
    public record Entry(long bookingId, LocalDate seriesDate) implements Serializable {}

    /** A date dragged from one time to another, in its own room: asked about first, then made, then undoable. */
    record PlannedMove(
            Entry entry,
            String title,
            long roomId,
            String roomName,
            LocalDateTime fromStart,
            LocalDateTime fromEnd,
            LocalDateTime toStart,
            LocalDateTime toEnd)
            implements Serializable {

        Slot from() {
            return new Slot(fromStart.toLocalDate(), fromStart.toLocalTime(), fromEnd.toLocalTime());
        }

        Slot to() {
            return new Slot(toStart.toLocalDate(), toStart.toLocalTime(), toEnd.toLocalTime());
        }
    }

    /** The move waiting for a yes or no; null when none is. */
    private PlannedMove asking;
    /** The move just made, for its Undo button; null when there is nothing to undo. */
    private PlannedMove lastMove;

    private final class Occurrences extends LazyScheduleModel {
        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            List<Occurrence> shown = holding.between(
                    start.atZone(HubTime.ZONE).toInstant(),
                    end.atZone(HubTime.ZONE).toInstant());
            shown.stream()
                    .filter(occurrence ->
                            roomId == null || occurrence.getRoom().getId().equals(roomId))
                    .forEach(occurrence -> addEvent(entry(occurrence)));
        }
    }

    private ScheduleEvent<Entry> entry(Occurrence occurrence) {
        Booking booking = occurrence.getBooking();
        return DefaultScheduleEvent.<Entry>builder()
                .id(booking.getId() + "-" + occurrence.getSeriesDate())
                .title(occurrence.getRoom().getName() + ": "
                        + booking.getActivity().getTitle())
                .startDate(LocalDateTime.of(occurrence.getDate(), occurrence.getStart()))
                .endDate(LocalDateTime.of(occurrence.getDate(), occurrence.getEnd()))
                .styleClass("planner-room-" + occurrence.getRoom().getSlug() + " planner-"
                        + booking.getStatus().name().toLowerCase())
                .data(new Entry(booking.getId(), occurrence.getSeriesDate()))
                .editable(true)
                .overlapAllowed(true)
                .build();
    }

    public void moved(ScheduleEntryMoveEvent event) {
        ask(event.getScheduleEvent(), event.getDeltaAsDuration(), event.getDeltaAsDuration());
    }

    public void resized(ScheduleEntryResizeEvent event) {
        ask(event.getScheduleEvent(), event.getDeltaStartAsDuration(), event.getDeltaEndAsDuration());
    }

    /** A drop or a stretch moves nothing yet: the planner asks first, saying from when to when. */
    @SuppressWarnings("unchecked")
    private void ask(ScheduleEvent<?> event, Duration startDelta, Duration endDelta) {
        Entry entry = ((ScheduleEvent<Entry>) event).getData();
        lastMove = null;
        FieldMessages.attempt(() -> {
                    Booking booking = bookings.visibleTo(
                            entry.bookingId(), caller.account().orElseThrow());
                    Occurrence occurrence =
                            booking.dates().on(entry.seriesDate()).orElseThrow();
                    LocalDateTime start = LocalDateTime.of(occurrence.getDate(), occurrence.getStart())
                            .plus(startDelta);
                    LocalDateTime end = LocalDateTime.of(occurrence.getDate(), occurrence.getEnd())
                            .plus(endDelta);
                    if (!end.toLocalDate().equals(start.toLocalDate())) {
                        throw Refusal.invalid("end", "booking.sameDay");
                    }
                    return new PlannedMove(
                            entry,
                            booking.getActivity().getTitle(),
                            occurrence.getRoom().getId(),
                            occurrence.getRoom().getName(),
                            LocalDateTime.of(occurrence.getDate(), occurrence.getStart()),
                            LocalDateTime.of(occurrence.getDate(), occurrence.getEnd()),
                            start,
                            end);
                })
                .ifPresent(move -> asking = move);
    }

    /** The person said yes: the date moves, checked again like a new booking, and the message offers to undo it. */
    public void confirmMove() {
        PlannedMove move = asking;
        asking = null;
        if (move != null && moveTo(move, move.to())) {
            FieldMessages.info("planner.movedTo", move.title(), when(move.to()), move.roomName());
            lastMove = move;
        }
    }

    public void keepWhereItWas() {
        asking = null;
    }

    /** Moves the last date moved back where it was, through the same checks. */
    public void undo() {
        PlannedMove move = lastMove;
        lastMove = null;
        if (move != null && moveTo(move, move.from())) {
            FieldMessages.info("planner.movedBack", move.title(), when(move.from()), move.roomName());
        }
    }

    private boolean moveTo(PlannedMove move, Slot slot) {
        return FieldMessages.attempt(
                        () -> bookingService.moveOccurrence(
                                move.entry().bookingId(),
                                move.entry().seriesDate(),
                                move.roomId(),
                                slot,
                                caller.account().orElseThrow()),
                        refusal -> refusal instanceof ClashRefusal clash && showClash(clash))
                .isPresent();
    }

    /** "Wednesday 17 March 2027, 11:00–12:00", in the page's language. */
    private static String when(Slot slot) {
        Locale locale = Formats.locale();
        return Formats.date(locale, "date.full").format(slot.date()) + ", " + slot.start() + "\u2013" + slot.end();
    }

    /** The question before a move: "Move “Drop-in” from … to …?" */
    public String getQuestion() {
        return asking == null
                ? null
                : Text.get(
                        Formats.locale(),
                        "planner.moveQuestion",
                        asking.title(),
                        when(asking.from()),
                        when(asking.to()),
                        asking.roomName());
    }

    public boolean isAsking() {
        return asking != null;
    }

    public boolean isUndoable() {
        return lastMove != null;
    }

    private static boolean showClash(ClashRefusal clash) {
        Clash first = clash.clashes().get(0);
        FieldMessages.global("planner.clash", first.with() == null ? "" : first.with());
        return true;
    }

    /** Choosing an empty time starts a new booking there. */
    public void select(SelectEvent<LocalDateTime> event) throws IOException {
        LocalDateTime at = event.getObject();
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .redirect(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                        + "/bookings/new.xhtml?date=" + at.toLocalDate() + "&start=" + at.toLocalTime()
                        + (roomId == null ? "" : "&roomId=" + roomId));
    }

    public ScheduleModel getModel() {
        return model;
    }

    public List<Room> getRooms() {
        return rooms.inUse();
    }

    public LocalDate getInitialDate() {
        return shownDays.askedOrToday(date);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }
}

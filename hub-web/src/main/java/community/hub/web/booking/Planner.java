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
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The room planner: a day or a week across every room (or one), loading only the visible range; it opens on today or
 * on the day and room its address names ({@code ?date=2027-03-16&roomId=3}). Dragging or
 * resizing an occurrence moves that one date, checked again like a new booking; a refused move springs back.
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
        reschedule(event.getScheduleEvent(), event.getDeltaAsDuration(), event.getDeltaAsDuration());
    }

    public void resized(ScheduleEntryResizeEvent event) {
        reschedule(event.getScheduleEvent(), event.getDeltaStartAsDuration(), event.getDeltaEndAsDuration());
    }

    @SuppressWarnings("unchecked")
    private void reschedule(ScheduleEvent<?> event, Duration startDelta, Duration endDelta) {
        Entry entry = ((ScheduleEvent<Entry>) event).getData();
        FieldMessages.attempt(
                        () -> {
                            Booking booking = bookings.visibleTo(
                                    entry.bookingId(), caller.account().orElseThrow());
                            Occurrence occurrence =
                                    booking.dates().on(entry.seriesDate()).orElseThrow();
                            LocalDateTime start = LocalDateTime.of(occurrence.getDate(), occurrence.getStart())
                                    .plus(startDelta);
                            LocalDateTime end = LocalDateTime.of(occurrence.getDate(), occurrence.getEnd())
                                    .plus(endDelta);
                            Slot slot = new Slot(start.toLocalDate(), start.toLocalTime(), end.toLocalTime());
                            if (!end.toLocalDate().equals(start.toLocalDate())) {
                                throw Refusal.invalid("end", "booking.sameDay");
                            }
                            bookingService.moveOccurrence(
                                    entry.bookingId(),
                                    entry.seriesDate(),
                                    occurrence.getRoom().getId(),
                                    slot,
                                    caller.account().orElseThrow());
                            return booking;
                        },
                        refusal -> refusal instanceof ClashRefusal clash && showClash(clash))
                .ifPresent(booking -> FieldMessages.info(
                        "planner.moved", booking.getActivity().getTitle()));
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

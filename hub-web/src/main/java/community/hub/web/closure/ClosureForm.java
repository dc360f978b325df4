package community.hub.web.closure;

import community.hub.Refusal;
import community.hub.booking.ClosureRefusal;
import community.hub.booking.ClosureService;
import community.hub.room.Room;
import community.hub.room.RoomService;
import community.hub.web.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Closes a room, or the whole hub, for whole days. The hub refuses a closure over dates already booked; the form then
 * lists each of them, so the hub manager knows which bookings to move or cancel first.
 */
@Named
@ViewScoped
public class ClosureForm implements Serializable {

    @Inject
    private ClosureService closures;

    @Inject
    private RoomService rooms;

    /** The room to close, or null for the whole hub. */
    private Long roomId;

    private LocalDate firstDay;
    private LocalDate lastDay;
    private String reason;
    /** The booked dates that stopped the last try, soonest first; empty when nothing is in the way. */
    private List<ClosureRefusal.BookedDate> booked = List.of();

    public String close() {
        booked = List.of();
        return FieldMessages.attempt(() -> closures.close(roomId, firstDay, lastDay, reason), this::showBooked)
                .map(closure -> {
                    FieldMessages.done("closures.added", ClosureWords.what(closure), ClosureWords.days(closure));
                    return "/admin/closures?faces-redirect=true";
                })
                .orElse(null);
    }

    private boolean showBooked(Refusal refusal) {
        if (!(refusal instanceof ClosureRefusal refused)) {
            return false;
        }
        booked = refused.booked();
        FieldMessages.global("closures.notSaved", booked.size());
        return true;
    }

    /** The rooms that can be closed: those still in use. */
    public List<Room> getRooms() {
        return rooms.inUse();
    }

    public List<ClosureRefusal.BookedDate> getBooked() {
        return booked;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

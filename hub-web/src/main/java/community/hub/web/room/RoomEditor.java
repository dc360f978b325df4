package community.hub.web.room;

import community.hub.Refusal;
import community.hub.room.OpeningHours;
import community.hub.room.Room;
import community.hub.room.RoomDetails;
import community.hub.room.RoomFeature;
import community.hub.room.RoomService;
import community.hub.web.FieldMessages;
import community.hub.web.NotFoundPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Adds a room, or changes, retires and reinstates one. */
@Named
@ViewScoped
public class RoomEditor implements Serializable {

    private static final LocalTime USUAL_OPENING = LocalTime.of(9, 0);
    private static final LocalTime USUAL_CLOSING = LocalTime.of(17, 0);

    @Inject
    private RoomService rooms;

    private Long id;
    private RoomDetails details;
    private List<DayHours> week;
    private boolean retired;

    /** Loads the room named by the {@code id} parameter, or starts a new one open on weekdays. */
    public void load() {
        if (details != null) {
            return;
        }
        if (id == null) {
            details = new RoomDetails();
            week = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                boolean weekday = day.getValue() <= DayOfWeek.FRIDAY.getValue();
                week.add(new DayHours(day, weekday ? new OpeningHours(day, USUAL_OPENING, USUAL_CLOSING) : null));
            }
        } else {
            Optional<Room> found = NotFoundPage.unlessRefused(() -> rooms.byId(id));
            if (found.isEmpty()) {
                return;
            }
            Room room = found.get();
            details = RoomDetails.of(room);
            retired = room.isRetired();
            week = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                week.add(new DayHours(day, room.openOn(day).orElse(null)));
            }
        }
    }

    public String save() {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayHours row : week) {
            if (row.isOpen() && !row.isComplete()) {
                FieldMessages.show(Refusal.invalid("openingHours", "room.hours.missingTime", row.getDay()));
                return null;
            }
            if (row.isOpen()) {
                hours.add(row.toOpeningHours());
            }
        }
        details.setOpeningHours(hours);
        return FieldMessages.attempt(() -> id == null ? rooms.add(details) : rooms.revise(id, details))
                .map(room -> {
                    FieldMessages.done("room.saved", room.getName());
                    return "/admin/rooms?faces-redirect=true";
                })
                .orElse(null);
    }

    public String retire() {
        FieldMessages.done("room.retiredMessage", rooms.retire(id).getName());
        return "/admin/rooms?faces-redirect=true";
    }

    public String reinstate() {
        FieldMessages.done("room.reinstatedMessage", rooms.reinstate(id).getName());
        return "/admin/rooms?faces-redirect=true";
    }

    public RoomFeature[] getAllFeatures() {
        return RoomFeature.values();
    }

    public boolean isAdding() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RoomDetails getDetails() {
        return details;
    }

    public List<DayHours> getWeek() {
        return week;
    }

    public boolean isRetired() {
        return retired;
    }
}

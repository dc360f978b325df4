package community.hub.web.home;

import community.hub.room.OpeningHours;
import community.hub.room.Room;
import community.hub.room.RoomFeature;
import community.hub.room.RoomService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

/** The hub's spaces as residents see them on the home page. */
@Named
@RequestScoped
public class Spaces {

    @Inject
    private RoomService rooms;

    private List<Room> inUse;

    @PostConstruct
    void load() {
        inUse = rooms.inUse();
    }

    public List<Room> getRooms() {
        return inUse;
    }

    public List<DayOfWeek> getWeek() {
        return Arrays.asList(DayOfWeek.values());
    }

    public List<RoomFeature> otherFeatures(Room room) {
        return room.getFeatures().stream()
                .filter(feature -> !feature.isAccessibility())
                .sorted()
                .toList();
    }

    /** Opening hours for one day, or null when the room is closed that day. */
    public OpeningHours hoursOn(Room room, DayOfWeek day) {
        return room.openOn(day).orElse(null);
    }
}

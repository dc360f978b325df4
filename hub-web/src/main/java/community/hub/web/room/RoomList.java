package community.hub.web.room;

import community.hub.room.Room;
import community.hub.room.RoomService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Every room, for the hub manager's list. */
@Named
@RequestScoped
public class RoomList {

    @Inject
    private RoomService rooms;

    private List<Room> all;

    @PostConstruct
    void load() {
        all = rooms.all();
    }

    public List<Room> getRooms() {
        return all;
    }
}

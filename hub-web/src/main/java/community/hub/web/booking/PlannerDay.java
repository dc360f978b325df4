package community.hub.web.booking;

import community.hub.HubTime;
import community.hub.booking.DatesHoldingRooms;
import community.hub.booking.Occurrence;
import community.hub.room.Room;
import community.hub.room.RoomService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The planner on a phone: one day, room by room, each with its bookings that day in time order, for the day and room
 * the planner shows ({@code ?date=…&roomId=…}), instead of a schedule grid too wide for the screen.
 */
@Named
@RequestScoped
public class PlannerDay {

    @Inject
    private Planner planner;

    @Inject
    private DatesHoldingRooms holding;

    @Inject
    private RoomService rooms;

    private List<RoomDay> roomDays;

    /** One room's day: its bookings in time order (none when it is free all day). */
    public record RoomDay(Room room, List<Occurrence> bookings) {}

    public List<RoomDay> getRooms() {
        if (roomDays == null) {
            LocalDate day = getDay();
            List<Occurrence> held = holding.between(
                    HubTime.instant(day, LocalTime.MIDNIGHT), HubTime.instant(day.plusDays(1), LocalTime.MIDNIGHT));
            roomDays = rooms.inUse().stream()
                    .filter(room -> planner.getRoomId() == null || room.getId().equals(planner.getRoomId()))
                    .map(room -> new RoomDay(
                            room,
                            held.stream()
                                    .filter(occurrence ->
                                            occurrence.getRoom().getId().equals(room.getId()))
                                    .toList()))
                    .toList();
        }
        return roomDays;
    }

    public LocalDate getDay() {
        return planner.getInitialDate();
    }

    public LocalDate getPrevious() {
        return getDay().minusDays(1);
    }

    public LocalDate getNext() {
        return getDay().plusDays(1);
    }
}

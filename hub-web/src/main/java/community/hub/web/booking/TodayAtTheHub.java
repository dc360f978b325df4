package community.hub.web.booking;

import community.hub.HubTime;
import community.hub.booking.BookingService;
import community.hub.booking.Occurrence;
import community.hub.room.Room;
import community.hub.room.RoomService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The staff dashboard: every room now and next, and the requests waiting for a decision. */
@Named
@RequestScoped
public class TodayAtTheHub {

    @Inject
    private BookingService bookings;

    @Inject
    private RoomService rooms;

    @Inject
    private Clock clock;

    private List<RoomToday> roomsToday;
    private int pending;
    private LocalDate today;

    /** One room's day: what is on now, and what comes next today. */
    public record RoomToday(Room room, Occurrence now, Occurrence next, int laterToday) {
    }

    @PostConstruct
    void load() {
        Instant now = clock.instant();
        today = LocalDate.now(clock);
        List<Occurrence> day = bookings.holdingBetween(HubTime.instant(today, LocalTime.MIDNIGHT),
                HubTime.instant(today.plusDays(1), LocalTime.MIDNIGHT));
        roomsToday = rooms.inUse().stream().map(room -> {
            List<Occurrence> here = day.stream().filter(occurrence -> occurrence.getRoom().getId().equals(room.getId())).toList();
            Occurrence current = here.stream().filter(o -> !o.startsAt().isAfter(now) && o.endsAt().isAfter(now)).findFirst().orElse(null);
            List<Occurrence> coming = here.stream().filter(o -> o.startsAt().isAfter(now)).toList();
            return new RoomToday(room, current, coming.isEmpty() ? null : coming.get(0), Math.max(0, coming.size() - 1));
        }).toList();
        pending = bookings.pending().size();
    }

    public List<RoomToday> getRooms() {
        return roomsToday;
    }

    public int getPending() {
        return pending;
    }

    public LocalDate getToday() {
        return today;
    }
}

package community.hub.web.room.api;

import community.hub.booking.Availability;
import community.hub.web.api.EnumJson;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One room's busy and free times, day by day, as anyone may see them (SPEC §4): times are Europe/London
 * wall-clock, {@code to} is excluded, and a busy stretch says only {@code booked} or {@code closed}, with a
 * public booking's title or a closure's reason in {@code with}.
 */
public record AvailabilityView(long roomId, String roomName, LocalDate from, LocalDate to, List<DayView> days) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** One day; {@code opens} and {@code closes} are left out on a day the room does not open. */
    public record DayView(
            LocalDate date, boolean open, String opens, String closes, List<BusyView> busy, List<FreeView> free) {
        static DayView of(Availability.Day day) {
            return new DayView(
                    day.date(),
                    day.isOpen(),
                    day.isOpen() ? TIME.format(day.opens()) : null,
                    day.isOpen() ? TIME.format(day.closes()) : null,
                    day.busy().stream().map(BusyView::of).toList(),
                    day.free().stream().map(FreeView::of).toList());
        }
    }

    /** The room is not free: {@code booked} or {@code closed}. */
    public record BusyView(LocalDateTime start, LocalDateTime end, String cause, String with) {
        static BusyView of(Availability.Busy busy) {
            return new BusyView(busy.start(), busy.end(), EnumJson.name(busy.cause()), busy.with());
        }
    }

    /** The room is open and can be booked. */
    public record FreeView(LocalDateTime start, LocalDateTime end) {
        static FreeView of(Availability.Free free) {
            return new FreeView(free.start(), free.end());
        }
    }

    public static AvailabilityView of(Availability availability) {
        return new AvailabilityView(
                availability.roomId(),
                availability.roomName(),
                availability.from(),
                availability.to(),
                availability.days().stream().map(DayView::of).toList());
    }
}

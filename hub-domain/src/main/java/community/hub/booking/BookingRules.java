package community.hub.booking;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.room.OpeningHours;
import community.hub.room.Room;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules every wanted occurrence must keep before anything is saved. Refusals of the request itself
 * (times, length, capacity, hours) come first, each naming its field; clashes and closures are collected
 * for every occurrence so people see them all at once.
 */
public final class BookingRules {

    private BookingRules() {}

    /** The slots a request asks for: its one slot, or one a date of its series. */
    public static List<Slot> slots(BookingRequest request) {
        LocalDateTime start = request.getStart();
        LocalDateTime end = request.getEnd();
        if (!HubTime.sensible(start.toLocalDate())) {
            throw Refusal.invalid("start", "booking.tooFarAhead", HubTime.YEARS_AHEAD);
        }
        if (!end.isAfter(start)) {
            throw Refusal.invalid("end", "booking.endBeforeStart");
        }
        if (!end.toLocalDate().equals(start.toLocalDate())) {
            throw Refusal.invalid("end", "booking.sameDay");
        }
        Slot first = new Slot(start.toLocalDate(), start.toLocalTime(), end.toLocalTime());
        if (request.getRecurrence() == null) {
            return List.of(first);
        }
        return request.getRecurrence().dates(first.date()).stream()
                .map(first::on)
                .toList();
    }

    /** Refuses what no date of the request could ever have: a retired room, too many people, the wrong length, the past, closed hours. */
    public static void check(BookingRequest request, Room room, List<Slot> slots, Instant now) {
        if (room.isRetired()) {
            throw Refusal.invalid("roomId", "booking.roomRetired", room.getName());
        }
        if (request.getExpectedAttendance() > room.getCapacity()) {
            throw Refusal.invalid("expectedAttendance", "booking.overCapacity", room.getName(), room.getCapacity());
        }
        Slot first = slots.get(0);
        if (first.minutes() < room.getMinimumBookingMinutes()) {
            throw Refusal.invalid("end", "booking.tooShort", room.getName(), room.getMinimumBookingMinutes());
        }
        if (first.minutes() > room.getMaximumBookingMinutes()) {
            throw Refusal.invalid("end", "booking.tooLong", room.getName(), room.getMaximumBookingMinutes());
        }
        if (!first.startsAt().isAfter(now)) {
            throw Refusal.invalid("start", "booking.inThePast");
        }
        LocalDate furthest = HubTime.wallClock(now).toLocalDate().plusYears(HubTime.YEARS_AHEAD);
        if (slots.get(slots.size() - 1).date().isAfter(furthest)) {
            throw Refusal.invalid(
                    request.getRecurrence() == null ? "start" : "recurrence",
                    "booking.tooFarAhead",
                    HubTime.YEARS_AHEAD);
        }
        slots.forEach(slot -> checkOpen(room, slot));
    }

    private static void checkOpen(Room room, Slot slot) {
        OpeningHours hours = room.openOn(slot.date().getDayOfWeek())
                .orElseThrow(() -> Refusal.invalid(
                        "start",
                        "booking.roomClosedThatDay",
                        room.getName(),
                        slot.date().getDayOfWeek()));
        if (slot.start().isBefore(hours.getOpens()) || slot.end().isAfter(hours.getCloses())) {
            throw Refusal.invalid(
                    "start",
                    "booking.outsideOpeningHours",
                    room.getName(),
                    slot.date().getDayOfWeek(),
                    hours.getOpens().toString(),
                    hours.getCloses().toString());
        }
    }

    /**
     * Every wanted slot that clashes with an occurrence already holding the room (counting the turnaround after
     * each, the existing one's as stored and the new one's from the room) or falls in a closure.
     */
    public static List<Clash> clashes(
            Room room, List<Slot> wanted, List<Occurrence> held, List<Closure> closures, ClashNames names) {
        List<Clash> clashes = new ArrayList<>();
        long turnaround = 60L * room.getTurnaroundMinutes();
        for (Slot slot : wanted) {
            Instant start = slot.startsAt();
            Instant blockedUntil = slot.endsAt().plusSeconds(turnaround);
            closures.stream()
                    .filter(closure -> closure.appliesTo(room) && closure.overlaps(start, slot.endsAt()))
                    .findFirst()
                    .ifPresentOrElse(
                            closure -> clashes.add(clash(room, slot, Clash.Cause.CLOSED, closure.getReason())),
                            () -> held.stream()
                                    .filter(other -> other.startsAt().isBefore(blockedUntil)
                                            && start.isBefore(other.blockedUntil()))
                                    .findFirst()
                                    .ifPresent(other -> clashes.add(
                                            clash(room, slot, Clash.Cause.BOOKED, names.of(other.getBooking())))));
        }
        return clashes;
    }

    private static Clash clash(Room room, Slot slot, Clash.Cause cause, String with) {
        return new Clash(
                room.getId(),
                room.getName(),
                LocalDateTime.of(slot.date(), slot.start()),
                LocalDateTime.of(slot.date(), slot.end()),
                cause,
                with);
    }

    /** The slots that are left once the clashing ones are taken out. */
    public static List<Slot> free(List<Slot> wanted, List<Clash> clashes) {
        List<LocalDate> taken =
                clashes.stream().map(clash -> clash.start().toLocalDate()).toList();
        return wanted.stream().filter(slot -> !taken.contains(slot.date())).toList();
    }

    /** What a clash may say about the other booking to the person asking: its title, or nothing. */
    @FunctionalInterface
    public interface ClashNames {
        String of(Booking other);
    }
}

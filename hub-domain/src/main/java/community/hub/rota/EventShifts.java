package community.hub.rota;

import community.hub.booking.ActivityType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Events booked in the café room that the café staffs, such as a community lunch: each date of such a booking gets a
 * one-off shift of its own at the event's times, with the places the café usually gives an event (staff change them
 * on the rota afterwards). When the booking is cancelled, or a date of it cancelled or moved, its shift closes; when
 * only its end moves, the shift ends then too and starts empty again. Shifts already past are history and stay.
 */
public final class EventShifts {

    /** What a one-off shift for an event says it is for, at most this long, as the rota keeps titles. */
    public static final int LONGEST_TITLE = 80;

    private static final Comparator<Booked> IN_TIME_ORDER =
            Comparator.comparing(Booked::date).thenComparing(Booked::start).thenComparingLong(Booked::bookingId);

    private final Map<CafeRole, Integer> usualPlaces;

    /** Refuses usual places that add up to nobody: an event the café staffs needs someone. */
    public EventShifts(Map<CafeRole, Integer> usualPlaces) {
        Map<CafeRole, Integer> counted = new EnumMap<>(CafeRole.class);
        usualPlaces.forEach((role, count) -> {
            if (count == null || count < 0) {
                throw RotaRefusal.invalidField("eventPlaces", "shift.places.negative");
            }
            if (count > 0) {
                counted.put(Objects.requireNonNull(role), count);
            }
        });
        if (counted.isEmpty()) {
            throw RotaRefusal.invalidField("eventPlaces", "eventShift.places.none");
        }
        this.usualPlaces = Collections.unmodifiableMap(counted);
    }

    /** Why an event's shift closed, for the rota to show, in the reader's language. */
    public static String closedReason(Locale locale) {
        return RotaReason.word("eventShift.closed", locale);
    }

    /** A community lunch or a café event is staffed by the café; a meeting or a class in the room is not. */
    public static boolean staffs(ActivityType type) {
        return type == ActivityType.CAFE || type == ActivityType.EVENT;
    }

    /** The name of an event's shift in its week: its date and start, and the booking it is for. */
    public static String keyFor(Booked event) {
        return Shift.idFor(event.date(), event.start()) + "-booking-" + event.bookingId();
    }

    /** How many places of each role an event gets to begin with, in role order. */
    public Map<CafeRole, Integer> getUsualPlaces() {
        return usualPlaces;
    }

    /** The shift a booked event needs, with the usual places. */
    public Shift shiftFor(Booked event) {
        return new Shift(keyFor(event), event.date(), event.start(), event.end(), new EnumMap<>(usualPlaces));
    }

    /**
     * What has to change so that the shifts held for events match the events booked, from {@code today} on. Both
     * lists are for the same bookings (one booking, or every booking in a week). A shift that is closed stays closed:
     * staff or a closure of the café closed it.
     */
    public Plan plan(Collection<Booked> booked, Collection<Held> held, LocalDate today) {
        Map<String, Held> heldByKey = new HashMap<>();
        held.forEach(shift -> heldByKey.put(shift.key(), shift));
        Map<String, Booked> bookedByKey = new HashMap<>();
        booked.stream()
                .filter(event -> !event.date().isBefore(today))
                .forEach(event -> bookedByKey.put(keyFor(event), event));
        List<Booked> toAdd = new ArrayList<>();
        List<Booked> toRetime = new ArrayList<>();
        List<String> toClose = new ArrayList<>();
        bookedByKey.forEach((key, event) -> {
            Held shift = heldByKey.get(key);
            if (shift == null) {
                toAdd.add(event);
            } else if (!shift.closed() && !shift.end().equals(event.end())) {
                toRetime.add(event);
            }
        });
        held.stream()
                .filter(shift ->
                        !shift.closed() && !shift.date().isBefore(today) && !bookedByKey.containsKey(shift.key()))
                .map(Held::key)
                .forEach(toClose::add);
        toAdd.sort(IN_TIME_ORDER);
        toRetime.sort(IN_TIME_ORDER);
        Collections.sort(toClose);
        return new Plan(toAdd, toRetime, toClose);
    }

    /** One date of a confirmed booking in the café room that the café staffs. */
    public record Booked(long bookingId, LocalDate date, LocalTime start, LocalTime end, String title) {

        public Booked {
            Objects.requireNonNull(date);
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
            Shift.checkTimes(start, end);
        }

        /** The booking's title as the shift shows it, cut to the length the rota keeps. */
        public String shiftTitle() {
            if (title == null || title.isBlank()) {
                return null;
            }
            String trimmed = title.trim();
            return trimmed.length() <= LONGEST_TITLE ? trimmed : trimmed.substring(0, LONGEST_TITLE - 1) + "\u2026";
        }
    }

    /** A shift the rota already holds for an event: its name in the week, its times, and whether it is closed. */
    public record Held(String key, LocalDate date, LocalTime start, LocalTime end, boolean closed) {}

    /**
     * Events that need a shift, events whose shift must end at another time, and the names of shifts whose event
     * is no longer booked then; each in time order.
     */
    public record Plan(List<Booked> toAdd, List<Booked> toRetime, List<String> toClose) {

        public Plan {
            toAdd = List.copyOf(toAdd);
            toRetime = List.copyOf(toRetime);
            toClose = List.copyOf(toClose);
        }

        public boolean isNothingToDo() {
            return toAdd.isEmpty() && toRetime.isEmpty() && toClose.isEmpty();
        }
    }
}

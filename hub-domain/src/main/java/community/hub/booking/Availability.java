package community.hub.booking;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.room.OpeningHours;
import community.hub.room.Room;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When one room is busy and when it is free, day by day, within its opening hours (Europe/London wall-clock).
 * A booking keeps the room busy from its start until its end plus the room's turnaround; a closure keeps it
 * busy all day and says why. On every open day the busy and free stretches follow each other without gap or
 * overlap from opening to closing time. What anyone may see: a confirmed public booking's title, a closure's
 * reason; a private or not yet approved booking shows only as busy.
 */
public record Availability(long roomId, String roomName, LocalDate from, LocalDate to, List<Day> days) {

    /** Days a resident may ask for when they say nothing: a week from today. */
    public static final int DEFAULT_DAYS = 7;

    /** Days one answer covers at most: two months, enough to plan, small enough to answer quickly. */
    public static final int LONGEST_DAYS = 62;

    /** The days asked for: {@code from} included, {@code to} not. */
    public record Period(LocalDate from, LocalDate to) {

        /** The period asked for, a week from today when not said, refused when empty or longer than allowed. */
        public static Period asked(LocalDate from, LocalDate to, LocalDate today) {
            LocalDate first = from == null ? today : from;
            LocalDate end = to == null ? first.plusDays(DEFAULT_DAYS) : to;
            if (!end.isAfter(first)) {
                throw Refusal.invalid("to", "availability.emptyPeriod");
            }
            if (ChronoUnit.DAYS.between(first, end) > LONGEST_DAYS) {
                throw Refusal.invalid("to", "availability.tooLong", LONGEST_DAYS);
            }
            return new Period(first, end);
        }

        public Instant startsAt() {
            return HubTime.instant(from, LocalTime.MIDNIGHT);
        }

        public Instant endsAt() {
            return HubTime.instant(to, LocalTime.MIDNIGHT);
        }
    }

    /**
     * A stretch an occurrence holds its room, from its start to its end plus turnaround, with the title residents
     * may see (none for a private or pending booking).
     */
    public record Held(Instant from, Instant until, String title) {

        /** The one rule for what a held stretch tells the public: a confirmed public booking's title, nothing else. */
        public static Held of(
                long startsAt, long blockedUntil, String title, Visibility visibility, BookingStatus status) {
            boolean shown = visibility == Visibility.PUBLIC && status == BookingStatus.CONFIRMED;
            return new Held(Instant.ofEpochSecond(startsAt), Instant.ofEpochSecond(blockedUntil), shown ? title : null);
        }

        public static Held of(Occurrence occurrence) {
            Booking booking = occurrence.getBooking();
            return of(
                    occurrence.startsAt().getEpochSecond(),
                    occurrence.blockedUntil().getEpochSecond(),
                    booking.getActivity().getTitle(),
                    booking.getActivity().getVisibility(),
                    booking.getStatus());
        }
    }

    /** One open day: its hours, and the busy and free stretches that fill them. Hours are null on a day it does not open. */
    public record Day(LocalDate date, LocalTime opens, LocalTime closes, List<Busy> busy, List<Free> free) {

        public boolean isOpen() {
            return opens != null;
        }
    }

    /** The room is not free: booked (with the public title, if any) or closed (with the reason). */
    public record Busy(LocalDateTime start, LocalDateTime end, Clash.Cause cause, String with) {}

    /** The room is open and nothing holds it. */
    public record Free(LocalDateTime start, LocalDateTime end) {}

    /** The room's days in the period, from what holds it and the closures around that period. */
    public static Availability of(Room room, Period period, List<Held> held, List<Closure> closures) {
        List<Block> blocks = new ArrayList<>();
        closures.stream()
                .filter(closure -> closure.appliesTo(room))
                .forEach(closure -> blocks.add(
                        new Block(closure.startsAt(), closure.endsAt(), Clash.Cause.CLOSED, closure.getReason())));
        held.forEach(
                stretch -> blocks.add(new Block(stretch.from(), stretch.until(), Clash.Cause.BOOKED, stretch.title())));
        List<Day> days = new ArrayList<>();
        for (LocalDate date = period.from(); date.isBefore(period.to()); date = date.plusDays(1)) {
            days.add(day(date, room.openOn(date.getDayOfWeek()), blocks));
        }
        return new Availability(room.getId(), room.getName(), period.from(), period.to(), List.copyOf(days));
    }

    /** A stretch something keeps the room busy; closures come before bookings where both cover a time. */
    private record Block(Instant from, Instant until, Clash.Cause cause, String with) {

        boolean covers(Instant start, Instant end) {
            return !from.isAfter(start) && !until.isBefore(end);
        }
    }

    private static final Comparator<Block> CLOSURES_FIRST = Comparator.comparing(
                    (Block block) -> block.cause() != Clash.Cause.CLOSED)
            .thenComparing(Block::from);

    private static Day day(LocalDate date, Optional<OpeningHours> hours, List<Block> blocks) {
        if (hours.isEmpty()) {
            return new Day(date, null, null, List.of(), List.of());
        }
        Instant opens = HubTime.instant(date, hours.get().getOpens());
        Instant closes = HubTime.instant(date, hours.get().getCloses());
        List<Block> today = blocks.stream()
                .filter(block -> block.from().isBefore(closes) && block.until().isAfter(opens))
                .sorted(CLOSURES_FIRST)
                .toList();
        TreeSet<Instant> edges = new TreeSet<>(List.of(opens, closes));
        today.forEach(block -> {
            edges.add(max(block.from(), opens));
            edges.add(min(block.until(), closes));
        });
        List<Busy> busy = new ArrayList<>();
        List<Free> free = new ArrayList<>();
        Instant start = edges.first();
        Block current = whatHolds(today, start, edges.higher(start));
        for (Instant edge = edges.higher(start); edge != null; edge = edges.higher(edge)) {
            Instant next = edges.higher(edge);
            Block following = next == null ? null : whatHolds(today, edge, next);
            if (next == null || following != current) {
                add(current, wallClock(start), wallClock(edge), busy, free);
                start = edge;
                current = following;
            }
        }
        return new Day(date, hours.get().getOpens(), hours.get().getCloses(), List.copyOf(busy), List.copyOf(free));
    }

    private static Block whatHolds(List<Block> blocks, Instant start, Instant end) {
        return blocks.stream()
                .filter(block -> block.covers(start, end))
                .findFirst()
                .orElse(null);
    }

    private static void add(Block block, LocalDateTime start, LocalDateTime end, List<Busy> busy, List<Free> free) {
        if (block == null) {
            free.add(new Free(start, end));
        } else {
            busy.add(new Busy(start, end, block.cause(), block.with()));
        }
    }

    private static LocalDateTime wallClock(Instant instant) {
        return HubTime.wallClock(instant);
    }

    private static Instant max(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private static Instant min(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }
}

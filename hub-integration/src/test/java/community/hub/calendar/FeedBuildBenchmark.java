package community.hub.calendar;

import static community.hub.InMemory.withId;

import community.hub.booking.ActivityType;
import community.hub.booking.Booking;
import community.hub.booking.BookingRequest;
import community.hub.booking.BookingRules;
import community.hub.booking.BookingStatus;
import community.hub.booking.Recurrence;
import community.hub.booking.Visibility;
import community.hub.room.Room;
import community.hub.room.TestRoom;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Not a test: how long building a year's hub feed takes, uncached, with the benchmark data set of bench/README.md (9 rooms, 60 weekly
 * series over a year, 2,000 one-off bookings). Run after {@code mvn -B -q -pl hub-domain,hub-integration install -DskipTests}:
 * {@code java -cp "hub-integration/target/test-classes:hub-integration/target/classes:$(cat cp.txt)" community.hub.calendar.FeedBuildBenchmark}
 * with cp.txt from {@code mvn -q -pl hub-integration dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class FeedBuildBenchmark {

    private static final Instant NOW = Instant.parse("2027-01-01T12:00:00Z");
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 1, 4);

    private FeedBuildBenchmark() {}

    public static void main(String[] args) {
        List<Room> rooms = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            rooms.add(room(i));
        }
        List<Booking> bookings = new ArrayList<>();
        long id = 1;
        for (int series = 0; series < 60; series++) {
            Room room = rooms.get(series % 9);
            LocalDate first = FIRST_MONDAY.plusDays(series % 6);
            LocalTime start = LocalTime.of(8 + (series / 9) % 12, 0);
            bookings.add(booking(
                    id++,
                    room,
                    "Weekly activity " + series,
                    LocalDateTime.of(first, start),
                    Recurrence.weeklyTimes(1, 52, first.getDayOfWeek())));
        }
        for (int oneOff = 0; oneOff < 2000; oneOff++) {
            Room room = rooms.get(oneOff % 9);
            LocalDate day = FIRST_MONDAY.plusDays(oneOff % 360);
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            bookings.add(
                    booking(id++, room, "One-off event " + oneOff, LocalDateTime.of(day, LocalTime.of(20, 0)), null));
        }
        HubCalendar calendars = new HubCalendar(
                new HubCalendar.Publisher(
                        "Fleetwood Community Hub", "5f0c2a9e-7d1b-4c55-9a63-0b8f3e2d4c11", "hello@hub.example"),
                FeedWords.english());
        FeedDescription hub = new FeedDescription("What's on", "Everything public", FeedContent.PUBLIC_ONLY);
        for (int warmUp = 0; warmUp < 10; warmUp++) {
            calendars.build(hub, bookings, NOW);
        }
        long[] millis = new long[21];
        int bytes = 0;
        for (int run = 0; run < millis.length; run++) {
            long started = System.nanoTime();
            bytes = calendars.build(hub, bookings, NOW).length();
            millis[run] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(
                "A year's hub feed: %d bookings, %d kB; build median %d ms, best %d ms, worst %d ms over %d runs%n",
                bookings.size(),
                bytes / 1024,
                millis[millis.length / 2],
                millis[0],
                millis[millis.length - 1],
                millis.length);
    }

    private static Room room(long id) {
        return TestRoom.named("room-" + id, "Room " + id, 50)
                .bookings(30, 600)
                .hourlyRates("20.00", "10.00")
                .openDaily(8, 22)
                .saved(id);
    }

    private static Booking booking(long id, Room room, String title, LocalDateTime start, Recurrence rule) {
        BookingRequest request = new BookingRequest();
        request.setRoomId(room.getId());
        request.setTitle(title);
        request.setType(ActivityType.CLASS);
        request.setVisibility(Visibility.PUBLIC);
        request.setDescription("Open to everyone. Just turn up.");
        request.setAudience(Set.of("everyone"));
        request.setExpectedAttendance(10);
        request.setStart(start);
        request.setEnd(start.plusHours(1));
        request.setRecurrence(rule);
        return withId(
                new Booking(request, room, null, BookingRules.slots(request), BookingStatus.CONFIRMED, "staff", NOW),
                id);
    }
}

package community.hub.web;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bookings made as fast as a hub takes them, by several clients at once, each one in a slot of its own (a room per
 * client or two, an hour every two hours on weekdays from {@code firstDay}), until stopped. Keeps every booking the hub acknowledged with
 * 201, and when its request was sent and answered.
 */
final class BookingLoad implements AutoCloseable {

    /** An hour every two hours from 08:00 to 21:00: every demo room's shortest booking and longest turnaround fit. */
    private static final int SLOTS_A_DAY = 7;

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    /** A booking the hub acknowledged: its id, and when (System.nanoTime) it was asked for and acknowledged. */
    record Acknowledged(long id, long sent, long answered) {}

    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients;

    private BookingLoad(int clientCount) {
        clients = Executors.newFixedThreadPool(clientCount);
    }

    /** Starts {@code clientCount} clients booking {@code rooms} (two clients to a room at most) as staff. */
    static BookingLoad start(HubClient hub, List<Long> rooms, LocalDate firstDay, int clientCount, String title) {
        BookingLoad load = new BookingLoad(clientCount);
        for (int client = 0; client < clientCount; client++) {
            long room = rooms.get(client % rooms.size());
            int lane = client / rooms.size();
            int lanes = (clientCount + rooms.size() - 1) / rooms.size();
            load.clients.execute(() -> load.book(hub, room, firstDay, lane, lanes, title));
        }
        return load;
    }

    private void book(HubClient hub, long room, LocalDate firstDay, int lane, int lanes, String title) {
        for (int n = 0; running.get(); n++) {
            int slot = n * lanes + lane;
            LocalDate day = weekday(firstDay, slot / SLOTS_A_DAY);
            int hour = 8 + 2 * (slot % SLOTS_A_DAY);
            String body = BookingsApiChecks.booking(
                    room,
                    title + " " + room + "-" + slot,
                    BookingsApiChecks.at(day, "%02d:00".formatted(hour)),
                    BookingsApiChecks.at(day, "%02d:00".formatted(hour + 1)),
                    "");
            long sent = System.nanoTime();
            HttpResponse<String> answer;
            try {
                answer = hub.post("/api/bookings", body, "staff");
            } catch (RuntimeException noAnswer) {
                // the hub went away mid-request: nothing was acknowledged
                pause();
                continue;
            }
            if (answer.statusCode() == 201) {
                Matcher id = ID.matcher(answer.body());
                if (id.find()) {
                    acknowledged.add(new Acknowledged(Long.parseLong(id.group(1)), sent, System.nanoTime()));
                }
            }
        }
    }

    /** The {@code nth} weekday from {@code first} (the first weekday on or after it being the 0th). */
    private static LocalDate weekday(LocalDate first, int nth) {
        LocalDate day = first;
        while (day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) > 0) {
            day = day.plusDays(1);
        }
        for (int n = 0; n < nth; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0) {
                n++;
            }
        }
        return day;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the hub has acknowledged so far. */
    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Stops the clients; a request under way is answered (or fails) first. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        if (!clients.awaitTermination(2, TimeUnit.MINUTES)) {
            clients.shutdownNow();
        }
    }
}

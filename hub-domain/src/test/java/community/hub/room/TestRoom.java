package community.hub.room;

import community.hub.InMemory;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A room as the tests need it: the form's defaults (bookings of 30 minutes to 8 hours, no turnaround, free) but for
 * what a test names.
 */
public final class TestRoom {

    private final RoomDetails details = new RoomDetails();
    private final List<OpeningHours> hours = new ArrayList<>();

    private TestRoom(String slug, String name, int capacity) {
        details.setSlug(slug);
        details.setName(name);
        details.setCapacity(capacity);
    }

    public static TestRoom named(String slug, String name, int capacity) {
        return new TestRoom(slug, name, capacity);
    }

    public TestRoom floor(String floor) {
        details.setFloor(floor);
        return this;
    }

    public TestRoom turnaround(int minutes) {
        details.setTurnaroundMinutes(minutes);
        return this;
    }

    public TestRoom bookings(int shortestMinutes, int longestMinutes) {
        details.setMinimumBookingMinutes(shortestMinutes);
        details.setMaximumBookingMinutes(longestMinutes);
        return this;
    }

    public TestRoom hourlyRates(String standard, String community) {
        details.setStandardHourlyRate(new BigDecimal(standard));
        details.setCommunityHourlyRate(new BigDecimal(community));
        return this;
    }

    /** Open from one whole hour to another on the given days. */
    public TestRoom open(int fromHour, int toHour, DayOfWeek... days) {
        for (DayOfWeek day : days) {
            hours.add(new OpeningHours(day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0)));
        }
        return this;
    }

    public TestRoom openDaily(int fromHour, int toHour) {
        return open(fromHour, toHour, DayOfWeek.values());
    }

    public RoomDetails details() {
        details.setOpeningHours(new ArrayList<>(hours));
        return details;
    }

    /** The room as saved, before the database gives it an id. */
    public Room unsaved() {
        return new Room(details());
    }

    public Room saved(long id) {
        return InMemory.withId(unsaved(), id);
    }
}

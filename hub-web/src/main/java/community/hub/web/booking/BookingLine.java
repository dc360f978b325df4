package community.hub.web.booking;

import community.hub.booking.ActivityType;
import community.hub.booking.Booking;
import community.hub.booking.BookingStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** One booking as a line of the bookings list shows it: a copy taken when the page loads, not the booking itself. */
public final class BookingLine implements Serializable {

    private final long id;
    private final String title;
    private final String room;
    private final String organisation;
    private final ActivityType type;
    private final LocalDate firstDate;
    private final LocalTime startTime;
    private final LocalTime endTime;
    private final boolean series;
    private final int dates;
    private final BookingStatus status;

    private BookingLine(Booking booking) {
        this.id = booking.getId();
        this.title = booking.getActivity().getTitle();
        this.room = booking.getRoom().getName();
        this.organisation = booking.getOrganisation() == null
                ? null
                : booking.getOrganisation().getName();
        this.type = booking.getActivity().getType();
        this.firstDate = booking.getSeries().getFirstDate();
        this.startTime = booking.getSeries().getStartTime();
        this.endTime = booking.getSeries().getEndTime();
        this.series = booking.getSeries().getRecurrence() != null;
        this.dates = series ? booking.getOccurrences().size() : 1;
        this.status = booking.getStatus();
    }

    static BookingLine of(Booking booking) {
        return new BookingLine(booking);
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getRoom() {
        return room;
    }

    /** The organisation's name; none for the hub's own bookings. */
    public String getOrganisation() {
        return organisation;
    }

    public ActivityType getType() {
        return type;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    /** Whether it repeats. */
    public boolean isSeries() {
        return series;
    }

    public int getDates() {
        return dates;
    }

    public BookingStatus getStatus() {
        return status;
    }
}

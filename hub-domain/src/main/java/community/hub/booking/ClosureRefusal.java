package community.hub.booking;

import community.hub.Refusal;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A closure refused because dates already booked fall in it. Every such date is listed, soonest first, so the hub
 * manager knows which bookings to move or cancel before closing.
 */
public class ClosureRefusal extends Refusal {

    private final transient List<BookedDate> booked;

    ClosureRefusal(List<BookedDate> booked) {
        super(
                Kind.CONFLICT,
                "firstDay",
                "closure.booked",
                booked.size(),
                booked.get(0).date(),
                booked.get(0).roomName(),
                booked.get(0).bookingId());
        this.booked = List.copyOf(booked);
    }

    /** The dates in the way, soonest first. */
    public List<BookedDate> booked() {
        return booked;
    }

    /**
     * One date holding a room inside the closure: the booking (its title, and the organisation it is for, or none when
     * the hub booked for itself), the room and the wall-clock times; a request still waiting for a decision holds its
     * date too.
     */
    public record BookedDate(
            long bookingId,
            String title,
            String organisation,
            long roomId,
            String roomName,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            BookingStatus status)
            implements Serializable {

        static BookedDate of(Occurrence occurrence) {
            Booking booking = occurrence.getBooking();
            return new BookedDate(
                    booking.getId(),
                    booking.getActivity().getTitle(),
                    booking.getOrganisation() == null
                            ? null
                            : booking.getOrganisation().getName(),
                    occurrence.getRoom().getId(),
                    occurrence.getRoom().getName(),
                    occurrence.getDate(),
                    occurrence.getStart(),
                    occurrence.getEnd(),
                    occurrence.getStatus());
        }
    }
}

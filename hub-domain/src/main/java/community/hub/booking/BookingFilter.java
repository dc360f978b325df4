package community.hub.booking;

import java.io.Serializable;
import java.time.LocalDate;

/** What someone narrows a list of bookings to; every part is optional. Dates are inclusive. */
public class BookingFilter implements Serializable {

    private Long roomId;
    private Long organisationId;
    private ActivityType type;
    private BookingStatus status;
    private LocalDate from;
    private LocalDate to;

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public ActivityType getType() {
        return type;
    }

    public void setType(ActivityType type) {
        this.type = type;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public void setStatus(BookingStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

package community.hub.web.booking;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.booking.ActivityType;
import community.hub.booking.Booking;
import community.hub.booking.BookingRequest;
import community.hub.booking.BookingService;
import community.hub.booking.BookingStatus;
import community.hub.booking.Clash;
import community.hub.booking.ClashRefusal;
import community.hub.booking.Frequency;
import community.hub.booking.Recurrence;
import community.hub.booking.Visibility;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationService;
import community.hub.room.Room;
import community.hub.room.RoomService;
import community.hub.web.FieldMessages;
import community.hub.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The booking form: one-off or repeating, with every clash shown before anything is saved, and for a series the
 * choice to book only the dates that are free.
 */
@Named
@ViewScoped
public class BookingForm implements Serializable {

    @Inject
    private BookingService bookings;

    @Inject
    private RoomService rooms;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Caller caller;

    private final BookingRequest request = new BookingRequest();
    private LocalDate date;
    private LocalTime start;
    private LocalTime end;
    private String audience;
    private Repeat repeat = Repeat.NEVER;
    private Integer interval = 1;
    private List<DayOfWeek> days = new ArrayList<>();
    private Integer position = 1;
    private LocalDate until;
    private Integer count;
    private List<Clash> clashes = List.of();
    private boolean checked;

    @PostConstruct
    void start() {
        request.setVisibility(Visibility.PUBLIC);
        request.setExpectedAttendance(10);
    }

    /** Shows what the booking would meet, without booking it. */
    public void check() {
        try {
            clashes = bookings.preview(toRequest(), me());
            checked = true;
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        } catch (ConstraintViolationException invalid) {
            FieldMessages.show(invalid);
        }
    }

    public String book() {
        try {
            Booking booking = bookings.book(toRequest(), me());
            FieldMessages.done(booking.getStatus() == BookingStatus.PENDING ? "bookingForm.requested" : "bookingForm.bookedMessage",
                    booking.getTitle());
            return "/bookings/booking?faces-redirect=true&id=" + booking.getId();
        } catch (ClashRefusal refused) {
            clashes = refused.clashes();
            checked = true;
            FieldMessages.global("bookingForm.notFree", clashes.size());
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        } catch (ConstraintViolationException invalid) {
            FieldMessages.show(invalid);
        }
        return null;
    }

    private BookingRequest toRequest() {
        request.setStart(date == null || start == null ? null : LocalDateTime.of(date, start));
        request.setEnd(date == null || end == null ? null : LocalDateTime.of(date, end));
        request.setAudience(audience == null ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.stream(audience.split(","))
                .map(String::trim).filter(tag -> !tag.isEmpty()).toList()));
        request.setRecurrence(recurrence());
        return request;
    }

    private Recurrence recurrence() {
        return switch (repeat) {
            case NEVER -> null;
            case WEEKLY -> new Recurrence(Frequency.WEEKLY, interval == null ? 1 : interval, days, null, until, count);
            case MONTHLY -> new Recurrence(Frequency.MONTHLY, interval == null ? 1 : interval,
                    date == null ? List.of() : List.of(date.getDayOfWeek()), position, until, count);
        };
    }

    private Account me() {
        return caller.account().orElseThrow();
    }

    public List<Room> getRooms() {
        return caller.isStaff() ? rooms.inUse() : rooms.inUse().stream().filter(Room::isBookableByTenants).toList();
    }

    public List<Organisation> getOrganisations() {
        return organisations.all().stream().filter(organisation -> !organisation.isRetired()).toList();
    }

    public ActivityType[] getTypes() {
        return ActivityType.values();
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public Repeat[] getRepeats() {
        return Repeat.values();
    }

    public DayOfWeek[] getWeekDays() {
        return DayOfWeek.values();
    }

    public boolean isSeries() {
        return repeat != Repeat.NEVER;
    }

    public BookingRequest getRequest() {
        return request;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Repeat getRepeat() {
        return repeat;
    }

    public void setRepeat(Repeat repeat) {
        this.repeat = repeat;
    }

    public Integer getInterval() {
        return interval;
    }

    public void setInterval(Integer interval) {
        this.interval = interval;
    }

    public List<DayOfWeek> getDays() {
        return days;
    }

    public void setDays(List<DayOfWeek> days) {
        this.days = days;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public List<Clash> getClashes() {
        return clashes;
    }

    public boolean isChecked() {
        return checked;
    }
}

package community.hub.booking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What someone asks for when they book: a room, an activity and a time, once or as a series.
 * Times are Europe/London wall-clock. With {@code onlyFreeDates} a series books the dates that are free
 * and leaves out the ones that clash or fall in a closure.
 */
public class BookingRequest {

    /** One line of text: no control characters at all (NUL and the like would reach pages, emails and calendar feeds). */
    static final String PLAIN_LINE = "[^\\p{Cntrl}\\x{80}-\\x{9F}]*";
    /** Text that may run over lines and hold tabs, and no other control characters. */
    static final String PLAIN_TEXT = "[^\\x{00}-\\x{08}\\x{0B}\\x{0C}\\x{0E}-\\x{1F}\\x{7F}-\\x{9F}]*";

    @NotNull(message = "{booking.roomId.required}")
    private Long roomId;

    private Long organisationId;

    @NotBlank(message = "{booking.title.required}")
    @Size(max = 120, message = "{booking.title.size}")
    @Pattern(regexp = PLAIN_LINE, message = "{booking.title.plain}")
    private String title;

    @NotNull(message = "{booking.type.required}")
    private ActivityType type;

    @NotNull(message = "{booking.visibility.required}")
    private Visibility visibility = Visibility.PRIVATE;

    @Size(max = 1000, message = "{booking.description.size}")
    @Pattern(regexp = PLAIN_TEXT, message = "{booking.description.plain}")
    private String description;

    @NotNull(message = "{booking.audience.required}")
    @Size(max = 10, message = "{booking.audience.size}")
    private Set<
                    @NotBlank(message = "{booking.audience.blank}")
                    @Size(max = 40, message = "{booking.audience.tagSize}")
                    @Pattern(regexp = PLAIN_LINE, message = "{booking.audience.plain}") String>
            audience = new LinkedHashSet<>();

    @NotNull(message = "{booking.expectedAttendance.required}")
    @Min(value = 1, message = "{booking.expectedAttendance.range}")
    @Max(value = 1000, message = "{booking.expectedAttendance.range}")
    private Integer expectedAttendance;

    @NotNull(message = "{booking.start.required}")
    private LocalDateTime start;

    @NotNull(message = "{booking.end.required}")
    private LocalDateTime end;

    @Valid
    private Recurrence recurrence;

    private boolean onlyFreeDates;

    /** The booking as a request, for forms that change it and for checks that re-book one of its dates. */
    public static BookingRequest of(Booking booking) {
        BookingRequest request = new BookingRequest();
        request.setRoomId(booking.getRoom().getId());
        request.setOrganisationId(
                booking.getOrganisation() == null
                        ? null
                        : booking.getOrganisation().getId());
        request.setTitle(booking.getActivity().getTitle());
        request.setType(booking.getActivity().getType());
        request.setVisibility(booking.getActivity().getVisibility());
        request.setDescription(booking.getActivity().getDescription());
        request.setAudience(new LinkedHashSet<>(booking.getAudience()));
        request.setExpectedAttendance(booking.getActivity().getExpectedAttendance());
        request.setStart(booking.getSeries().start());
        request.setEnd(booking.getSeries().end());
        request.setRecurrence(booking.getSeries().getRecurrence());
        return request;
    }

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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ActivityType getType() {
        return type;
    }

    public void setType(ActivityType type) {
        this.type = type;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<String> getAudience() {
        return audience;
    }

    public void setAudience(Set<String> audience) {
        this.audience = audience;
    }

    public Integer getExpectedAttendance() {
        return expectedAttendance;
    }

    public void setExpectedAttendance(Integer expectedAttendance) {
        this.expectedAttendance = expectedAttendance;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(Recurrence recurrence) {
        this.recurrence = recurrence;
    }

    public boolean isOnlyFreeDates() {
        return onlyFreeDates;
    }

    public void setOnlyFreeDates(boolean onlyFreeDates) {
        this.onlyFreeDates = onlyFreeDates;
    }
}

package community.hub.web.booking.api;

import community.hub.booking.ActivityType;
import community.hub.booking.BookingRequest;
import community.hub.booking.Visibility;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/** A booking as API clients send it (SPEC §4); times are Europe/London wall-clock without an offset. */
public record BookingInput(
        Long roomId,
        Long organisationId,
        String title,
        ActivityType type,
        Visibility visibility,
        String description,
        Set<String> audience,
        Integer expectedAttendance,
        LocalDateTime start,
        LocalDateTime end,
        RecurrenceJson recurrence,
        Boolean onlyFreeDates,
        Long suggestionId) {

    BookingRequest toRequest() {
        BookingRequest request = new BookingRequest();
        request.setRoomId(roomId);
        request.setOrganisationId(organisationId);
        request.setTitle(title);
        request.setType(type);
        request.setVisibility(visibility == null ? Visibility.PRIVATE : visibility);
        request.setDescription(description);
        request.setAudience(audience == null ? new LinkedHashSet<>() : new LinkedHashSet<>(audience));
        request.setExpectedAttendance(expectedAttendance);
        request.setStart(start);
        request.setEnd(end);
        request.setRecurrence(recurrence == null ? null : recurrence.toRecurrence());
        request.setOnlyFreeDates(Boolean.TRUE.equals(onlyFreeDates));
        return request;
    }
}

package community.hub.web.attendance.api;

import community.hub.attendance.Attendance;
import community.hub.attendance.HeldSession;
import community.hub.booking.Occurrence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/**
 * One session and what was recorded of who came: {@code recorded} false (and no counts) is "not recorded", never zero.
 */
public record AttendanceView(
        long bookingId,
        String title,
        LocalDate date,
        LocalDate occursOn,
        LocalTime start,
        LocalTime end,
        String room,
        boolean recorded,
        Integer count,
        Integer newCount,
        Map<String, Integer> byAudience,
        String recordedBy,
        Instant recordedAt) {

    public static AttendanceView of(Occurrence occurrence, Attendance attendance) {
        return new AttendanceView(
                occurrence.getBooking().getId(),
                occurrence.getBooking().getActivity().getTitle(),
                occurrence.getSeriesDate(),
                occurrence.getDate(),
                occurrence.getStart(),
                occurrence.getEnd(),
                occurrence.getRoom().getName(),
                attendance != null,
                attendance == null ? null : attendance.getCount(),
                attendance == null ? null : attendance.getNewCount(),
                attendance == null ? Map.of() : attendance.getByAudience(),
                attendance == null ? null : attendance.getRecordedBy(),
                attendance == null ? null : attendance.recordedAt());
    }

    public static AttendanceView of(HeldSession session) {
        return of(session.occurrence(), session.attendance());
    }
}

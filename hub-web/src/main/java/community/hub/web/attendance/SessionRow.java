package community.hub.web.attendance;

import community.hub.attendance.HeldSession;
import community.hub.booking.Occurrence;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One session that took place, as a page shows it for recording: what was recorded (null: not recorded) and the
 * counts being typed, with the refusal of the last try beside them.
 */
public class SessionRow implements Serializable {

    private final long bookingId;
    private final LocalDate seriesDate;
    private final LocalDate date;
    private final LocalTime start;
    private final LocalTime end;
    private final String title;
    private final String room;
    private final Integer recordedCount;
    private final Integer recordedNew;
    private Integer count;
    private Integer newCount;
    private String problem;

    SessionRow(HeldSession session) {
        Occurrence occurrence = session.occurrence();
        this.bookingId = occurrence.getBooking().getId();
        this.seriesDate = occurrence.getSeriesDate();
        this.date = occurrence.getDate();
        this.start = occurrence.getStart();
        this.end = occurrence.getEnd();
        this.title = occurrence.getBooking().getActivity().getTitle();
        this.room = occurrence.getRoom().getName();
        this.recordedCount = session.isRecorded() ? session.attendance().getCount() : null;
        this.recordedNew = session.isRecorded() ? session.attendance().getNewCount() : null;
    }

    /** The row's id in the page: the booking and its series date. */
    public String getKey() {
        return bookingId + "-" + seriesDate;
    }

    public boolean isRecorded() {
        return recordedCount != null;
    }

    public boolean isTyped() {
        return count != null || newCount != null;
    }

    public long getBookingId() {
        return bookingId;
    }

    public LocalDate getSeriesDate() {
        return seriesDate;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public String getTitle() {
        return title;
    }

    public String getRoom() {
        return room;
    }

    public Integer getRecordedCount() {
        return recordedCount;
    }

    public Integer getRecordedNew() {
        return recordedNew;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public Integer getNewCount() {
        return newCount;
    }

    public void setNewCount(Integer newCount) {
        this.newCount = newCount;
    }

    public String getProblem() {
        return problem;
    }

    void setProblem(String problem) {
        this.problem = problem;
    }
}

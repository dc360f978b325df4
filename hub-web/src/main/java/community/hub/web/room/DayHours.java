package community.hub.web.room;

import community.hub.room.OpeningHours;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One row of the opening-hours form: a day, whether the room opens, and when. */
public class DayHours implements Serializable {

    private final DayOfWeek day;
    private boolean open;
    private LocalTime opens;
    private LocalTime closes;

    DayHours(DayOfWeek day, OpeningHours hours) {
        this.day = day;
        this.open = hours != null;
        this.opens = hours == null ? null : hours.getOpens();
        this.closes = hours == null ? null : hours.getCloses();
    }

    /** Both times given: the row can become opening hours. */
    boolean isComplete() {
        return opens != null && closes != null;
    }

    OpeningHours toOpeningHours() {
        return new OpeningHours(day, opens, closes);
    }

    public DayOfWeek getDay() {
        return day;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public LocalTime getOpens() {
        return opens;
    }

    public void setOpens(LocalTime opens) {
        this.opens = opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    public void setCloses(LocalTime closes) {
        this.closes = closes;
    }
}

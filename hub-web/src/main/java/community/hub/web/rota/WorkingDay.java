package community.hub.web.rota;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One day of the week in a table of when someone can work (My shifts, the member page): whether they can, from when
 * until when, and what is wrong with the times when a save was refused.
 */
public final class WorkingDay implements Serializable {

    private final DayOfWeek day;
    private boolean can;
    private LocalTime from;
    private LocalTime until;
    private String problem;

    WorkingDay(DayOfWeek day, LocalTime from, LocalTime until) {
        this.day = day;
        this.can = from != null;
        this.from = from;
        this.until = until;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public boolean isCan() {
        return can;
    }

    public void setCan(boolean can) {
        this.can = can;
    }

    public LocalTime getFrom() {
        return from;
    }

    public void setFrom(LocalTime from) {
        this.from = from;
    }

    public LocalTime getUntil() {
        return until;
    }

    public void setUntil(LocalTime until) {
        this.until = until;
    }

    /** What is wrong with this day's times, or null. */
    public String getProblem() {
        return problem;
    }

    void setProblem(String problem) {
        this.problem = problem;
    }
}

package community.hub.web.rota;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One day of the week in a table of when someone can work (My shifts, the member page): whether they can, from when
 * until when, a second time on the same day when they are free twice (a morning and an afternoon), and what is wrong
 * with the times when a save was refused.
 */
public final class WorkingDay implements Serializable {

    /** A time given for one day, as the form holds it: either end may still be missing. */
    record Hours(DayOfWeek day, LocalTime from, LocalTime until) {
        boolean complete() {
            return from != null && until != null;
        }
    }

    private final DayOfWeek day;
    private boolean can;
    private LocalTime from;
    private LocalTime until;
    private LocalTime laterFrom;
    private LocalTime laterUntil;
    private String problem;

    WorkingDay(DayOfWeek day, LocalTime from, LocalTime until) {
        this.day = day;
        this.can = from != null;
        this.from = from;
        this.until = until;
    }

    /** Every day of the week with the times given for it (week order, at most two a day), ready for the form. */
    static <T> List<WorkingDay> week(
            List<T> times,
            Function<T, DayOfWeek> dayOf,
            Function<T, LocalTime> fromOf,
            Function<T, LocalTime> untilOf) {
        List<WorkingDay> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<T> onDay =
                    times.stream().filter(time -> dayOf.apply(time) == day).toList();
            WorkingDay working = onDay.isEmpty()
                    ? new WorkingDay(day, null, null)
                    : new WorkingDay(day, fromOf.apply(onDay.get(0)), untilOf.apply(onDay.get(0)));
            if (onDay.size() > 1) {
                working.laterFrom = fromOf.apply(onDay.get(1));
                working.laterUntil = untilOf.apply(onDay.get(1));
            }
            week.add(working);
        }
        return week;
    }

    /** The times given for a ticked day: the first, and the second when either of its times is filled in. */
    List<Hours> given() {
        if (!can) {
            return List.of();
        }
        List<Hours> given = new ArrayList<>();
        given.add(new Hours(day, from, until));
        if (laterFrom != null || laterUntil != null) {
            given.add(new Hours(day, laterFrom, laterUntil));
        }
        return given;
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

    /** The start of a second time on the same day, or null. */
    public LocalTime getLaterFrom() {
        return laterFrom;
    }

    public void setLaterFrom(LocalTime laterFrom) {
        this.laterFrom = laterFrom;
    }

    public LocalTime getLaterUntil() {
        return laterUntil;
    }

    public void setLaterUntil(LocalTime laterUntil) {
        this.laterUntil = laterUntil;
    }

    /** What is wrong with this day's times, or null. */
    public String getProblem() {
        return problem;
    }

    void setProblem(String problem) {
        this.problem = problem;
    }
}

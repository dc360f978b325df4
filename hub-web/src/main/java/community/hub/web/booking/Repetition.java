package community.hub.web.booking;

import community.hub.booking.Frequency;
import community.hub.booking.Recurrence;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The booking form's "Repeats" part: not at all, every N weeks on chosen days, or monthly on the Nth weekday; until a
 * date or a number of times. It becomes the domain's {@link Recurrence}, whose rules say what makes sense.
 */
public class Repetition implements Serializable {

    private Repeat choice = Repeat.NEVER;
    private Integer interval = 1;
    private List<DayOfWeek> days = new ArrayList<>();
    private Integer position = 1;
    private LocalDate until;
    private Integer count;

    /** The rule as asked, for a booking whose (first) date is this one; none for a booking of one date. */
    Recurrence toRecurrence(LocalDate date) {
        return switch (choice) {
            case NEVER -> null;
            case WEEKLY -> new Recurrence(Frequency.WEEKLY, interval == null ? 1 : interval, days, null, until, count);
            case MONTHLY ->
                new Recurrence(
                        Frequency.MONTHLY,
                        interval == null ? 1 : interval,
                        date == null ? List.of() : List.of(date.getDayOfWeek()),
                        position,
                        until,
                        count);
        };
    }

    /** Filled in with a series' rule, to go on from a date of it: until its last date, or as many times as it has left. */
    void fillIn(Recurrence rule, LocalDate firstDate, LocalDate from) {
        choice = rule.getFrequency() == Frequency.MONTHLY ? Repeat.MONTHLY : Repeat.WEEKLY;
        interval = rule.getInterval();
        days = new ArrayList<>(rule.getByDay());
        position = rule.getBySetPos() == null ? 1 : rule.getBySetPos();
        if (rule.getUntil() != null) {
            until = rule.getUntil();
        } else {
            count = (int) rule.dates(firstDate).stream()
                    .filter(day -> !day.isBefore(from))
                    .count();
        }
    }

    public boolean isSeries() {
        return choice != Repeat.NEVER;
    }

    public Repeat[] getChoices() {
        return Repeat.values();
    }

    public DayOfWeek[] getWeekDays() {
        return DayOfWeek.values();
    }

    public Repeat getChoice() {
        return choice;
    }

    public void setChoice(Repeat choice) {
        this.choice = choice;
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
}

package community.hub.booking;

import community.hub.Refusal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;

/**
 * How a booking repeats: weekly every N weeks on one or more days, or monthly on the Nth weekday
 * (the 2nd Tuesday; -1 for the last), ending on a date or after a number of occurrences.
 * The dates come from iCal4j's recurrence engine, so they are exactly what calendar apps will show.
 */
public class Recurrence {

    /** A series may run for two years at most: long enough for a commissioned service, short enough to review. */
    public static final int LONGEST_YEARS = 2;

    @NotNull(message = "{recurrence.frequency.required}")
    private Frequency frequency;

    @NotNull(message = "{recurrence.interval.required}")
    @Min(value = 1, message = "{recurrence.interval.range}")
    @Max(value = 52, message = "{recurrence.interval.range}")
    private Integer interval = 1;

    private List<DayOfWeek> byDay = new ArrayList<>();

    @Min(value = -1, message = "{recurrence.bySetPos.range}")
    @Max(value = 5, message = "{recurrence.bySetPos.range}")
    private Integer bySetPos;

    private LocalDate until;

    @Min(value = 1, message = "{recurrence.count.range}")
    @Max(value = 730, message = "{recurrence.count.range}")
    private Integer count;

    public Recurrence() {
        // an empty form
    }

    public Recurrence(
            Frequency frequency,
            int interval,
            List<DayOfWeek> byDay,
            Integer bySetPos,
            LocalDate until,
            Integer count) {
        this.frequency = frequency;
        this.interval = interval;
        this.byDay = new ArrayList<>(byDay);
        this.bySetPos = bySetPos;
        this.until = until;
        this.count = count;
    }

    public static Recurrence weekly(int interval, LocalDate until, DayOfWeek... days) {
        return new Recurrence(Frequency.WEEKLY, interval, List.of(days), null, until, null);
    }

    public static Recurrence weeklyTimes(int interval, int count, DayOfWeek... days) {
        return new Recurrence(Frequency.WEEKLY, interval, List.of(days), null, null, count);
    }

    public static Recurrence monthly(int interval, int position, DayOfWeek day, LocalDate until) {
        return new Recurrence(Frequency.MONTHLY, interval, List.of(day), position, until, null);
    }

    /**
     * Every date of the series that starts on {@code first}, refusing a rule that does not make sense:
     * no end, two ends, an end past the two-year limit, or a first date the rule does not include.
     */
    public List<LocalDate> dates(LocalDate first) {
        checkEnds(first);
        List<LocalDate> dates = rule(first)
                .getDates(first, first, first.plusYears(LONGEST_YEARS).plusDays(1));
        if (dates.isEmpty() || !dates.get(0).equals(first)) {
            if (frequency == Frequency.MONTHLY) {
                throw Refusal.invalid(
                        "start", "recurrence.firstDateNotInMonthlyRule", new Refusal.Day(nextInRule(first)));
            }
            throw Refusal.invalid("start", "recurrence.firstDateNotInRule", List.copyOf(days(first)));
        }
        if (count != null && dates.size() < count) {
            throw Refusal.invalid("recurrence.count", "recurrence.tooLong", LONGEST_YEARS);
        }
        return dates;
    }

    /**
     * The first date on or after the given one that the rule gives, whatever its end: "the last Friday" is not said as
     * plainly in every language as the date it means.
     */
    private LocalDate nextInRule(LocalDate from) {
        LocalDate end = from.plusYears(LONGEST_YEARS);
        return new Recurrence(frequency, interval, List.copyOf(days(from)), bySetPos, end, null)
                .rule(from).getDates(from, from, end.plusDays(1)).stream()
                        .findFirst()
                        .orElse(from);
    }

    private void checkEnds(LocalDate first) {
        if ((until == null) == (count == null)) {
            throw Refusal.invalid("recurrence.until", "recurrence.oneEnd");
        }
        if (until != null && until.isBefore(first)) {
            throw Refusal.invalid("recurrence.until", "recurrence.untilBeforeStart");
        }
        if (until != null && until.isAfter(first.plusYears(LONGEST_YEARS))) {
            throw Refusal.invalid("recurrence.until", "recurrence.tooLong", LONGEST_YEARS);
        }
        if (frequency == Frequency.MONTHLY && (days(first).size() != 1 || bySetPos == null || bySetPos == 0)) {
            throw Refusal.invalid("recurrence.bySetPos", "recurrence.monthlyNeedsPosition");
        }
    }

    private Recur<LocalDate> rule(LocalDate first) {
        Recur.Builder<LocalDate> rule = new Recur.Builder<LocalDate>()
                .frequency(
                        frequency == Frequency.WEEKLY
                                ? net.fortuna.ical4j.transform.recurrence.Frequency.WEEKLY
                                : net.fortuna.ical4j.transform.recurrence.Frequency.MONTHLY)
                .interval(interval)
                .dayList(days(first).stream().map(WeekDay::getWeekDay).toList());
        if (frequency == Frequency.MONTHLY) {
            rule.setPosList(bySetPos);
        }
        if (until != null) {
            rule.until(until);
        } else {
            rule.count(count);
        }
        return rule.build();
    }

    /** The days the series falls on: those given, or the first date's day when none are. */
    public Set<DayOfWeek> days(LocalDate first) {
        return byDay == null || byDay.isEmpty() ? EnumSet.of(first.getDayOfWeek()) : EnumSet.copyOf(byDay);
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public Integer getInterval() {
        return interval;
    }

    public void setInterval(Integer interval) {
        this.interval = interval;
    }

    public List<DayOfWeek> getByDay() {
        return byDay;
    }

    public void setByDay(List<DayOfWeek> byDay) {
        this.byDay = byDay;
    }

    public Integer getBySetPos() {
        return bySetPos;
    }

    public void setBySetPos(Integer bySetPos) {
        this.bySetPos = bySetPos;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof Recurrence that
                && frequency == that.frequency
                && Objects.equals(interval, that.interval)
                && Objects.equals(byDay, that.byDay)
                && Objects.equals(bySetPos, that.bySetPos)
                && Objects.equals(until, that.until)
                && Objects.equals(count, that.count);
    }

    @Override
    public int hashCode() {
        return Objects.hash(frequency, interval, byDay, bySetPos, until, count);
    }
}

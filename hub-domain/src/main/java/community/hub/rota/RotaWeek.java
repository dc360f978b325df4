package community.hub.rota;

import community.hub.HubTime;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.threeten.extra.YearWeek;

/**
 * Which week: a rota runs Monday to Sunday, named as an ISO week: {@code 2026-W10}. A plain value over threeten-extra's
 * {@link YearWeek}; the week as the database keeps it is {@code store.StoredWeek}, as people see it
 * {@code store.WeekAsShown}.
 */
public final class RotaWeek implements Comparable<RotaWeek> {

    private final YearWeek week;

    private RotaWeek(YearWeek week) {
        this.week = week;
    }

    public static RotaWeek containing(LocalDate date) {
        return new RotaWeek(YearWeek.from(date));
    }

    /** The week rota pages open on when none is asked for: the one under way at the hub. */
    public static RotaWeek thisWeek(Clock clock) {
        return containing(LocalDate.now(clock));
    }

    /** The week someone looking at the rota today means: this one, or on Sunday (the week's last day) the next. */
    public static RotaWeek ahead(LocalDate today) {
        return containing(today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.plusDays(1) : today);
    }

    /** The week of that number in that ISO year; week 53 only in a year that has one (YearWeek would roll it over). */
    public static RotaWeek of(int year, int week) {
        try {
            YearWeek asked = YearWeek.of(year, week);
            if (asked.getYear() == year && asked.getWeek() == week) {
                return inTheHubsYears(asked);
            }
        } catch (DateTimeException noSuchWeek) {
            // refused below
        }
        throw RotaRefusal.invalidField("week", "week.format");
    }

    /**
     * Reads a week as the API names it, refusing anything else: YearWeek's parser takes a small {@code w} and rolls a
     * week 53 the year does not have into the next year, so only a text that is the week's own name is taken.
     */
    public static RotaWeek parse(String text) {
        String name = text == null ? "" : text.trim();
        try {
            YearWeek parsed = YearWeek.parse(name);
            if (name.length() == 8 && parsed.toString().equals(name)) {
                return inTheHubsYears(parsed);
            }
        } catch (DateTimeException notAWeek) {
            // refused below
        }
        throw RotaRefusal.invalidField("week", "week.format");
    }

    /** A week asked for by name: a rota in year 1 or 9999 is a mistake, refused like a date out of the hub's years. */
    private static RotaWeek inTheHubsYears(YearWeek week) {
        if (!HubTime.sensible(week.atDay(DayOfWeek.MONDAY)) || !HubTime.sensible(week.atDay(DayOfWeek.SUNDAY))) {
            throw RotaRefusal.invalidField(
                    "week", "week.outsideYears", HubTime.EARLIEST.getYear(), HubTime.LATEST.getYear());
        }
        return new RotaWeek(week);
    }

    /** The week a text names, as {@link #parse} reads it; this week where the text names none. */
    public static RotaWeek parseOrThisWeek(String text, Clock clock) {
        return text == null || text.isBlank() ? thisWeek(clock) : parse(text);
    }

    public LocalDate getMonday() {
        return week.atDay(DayOfWeek.MONDAY);
    }

    public LocalDate on(DayOfWeek day) {
        return week.atDay(day);
    }

    /** Monday to Sunday. */
    public List<LocalDate> getDates() {
        return Stream.of(DayOfWeek.values()).map(week::atDay).toList();
    }

    public boolean contains(LocalDate date) {
        return YearWeek.from(date).equals(week);
    }

    public RotaWeek previous() {
        return new RotaWeek(week.minusWeeks(1));
    }

    public RotaWeek next() {
        return new RotaWeek(week.plusWeeks(1));
    }

    public int getYear() {
        return week.getYear();
    }

    public int getWeek() {
        return week.getWeek();
    }

    @Override
    public int compareTo(RotaWeek other) {
        return week.compareTo(other.week);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RotaWeek rotaWeek && week.equals(rotaWeek.week);
    }

    @Override
    public int hashCode() {
        return week.hashCode();
    }

    @Override
    public String toString() {
        return week.toString();
    }
}

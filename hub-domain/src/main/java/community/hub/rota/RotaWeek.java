package community.hub.rota;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which week: a rota runs Monday to Sunday, named as an ISO week: {@code 2026-W10}. A plain value; the week as the
 * database keeps it is {@code store.StoredWeek}, as people see it {@code store.WeekAsShown}.
 */
public final class RotaWeek implements Comparable<RotaWeek> {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private final LocalDate monday;

    private RotaWeek(LocalDate monday) {
        this.monday = monday;
    }

    public static RotaWeek containing(LocalDate date) {
        return new RotaWeek(date.with(DayOfWeek.MONDAY));
    }

    /** The week rota pages open on when none is asked for: the one under way at the hub. */
    public static RotaWeek thisWeek(Clock clock) {
        return containing(LocalDate.now(clock));
    }

    /** The week someone looking at the rota today means: this one, or on Sunday (the week's last day) the next. */
    public static RotaWeek ahead(LocalDate today) {
        return containing(today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.plusDays(1) : today);
    }

    public static RotaWeek of(int year, int week) {
        LocalDate firstWeek = LocalDate.of(year, 1, 4);
        if (week < 1
                || week > firstWeek.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw RotaRefusal.invalidField("week", "week.format");
        }
        return containing(firstWeek.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
    }

    /** Reads a week as the API names it, refusing anything else. */
    public static RotaWeek parse(String text) {
        Matcher matcher = ISO_WEEK.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw RotaRefusal.invalidField("week", "week.format");
        }
        return of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public LocalDate getMonday() {
        return monday;
    }

    public LocalDate on(DayOfWeek day) {
        return monday.plusDays(day.getValue() - 1L);
    }

    /** Monday to Sunday. */
    public List<LocalDate> getDates() {
        return Stream.iterate(monday, date -> date.plusDays(1)).limit(7).toList();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(monday) && date.isBefore(monday.plusDays(7));
    }

    public RotaWeek previous() {
        return new RotaWeek(monday.minusWeeks(1));
    }

    public RotaWeek next() {
        return new RotaWeek(monday.plusWeeks(1));
    }

    public int getYear() {
        return monday.get(IsoFields.WEEK_BASED_YEAR);
    }

    public int getWeek() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    @Override
    public int compareTo(RotaWeek other) {
        return monday.compareTo(other.monday);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RotaWeek week && monday.equals(week.monday);
    }

    @Override
    public int hashCode() {
        return Objects.hash(monday);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", getYear(), getWeek());
    }
}

package community.hub.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The bank holidays of England and Wales for any year, worked out by the rules of the Banking and Financial Dealings
 * Act 1971 as applied since 1978: New Year's Day, Good Friday, Easter Monday, the first and last Mondays of May, the
 * last Monday of August, Christmas Day and Boxing Day, a holiday on a weekend moving to the next weekday free of
 * another. The few years a royal proclamation moved or added a day are listed; a future proclamation is not known
 * until it is made, and the hub manager can add it as a closure.
 */
public final class BankHolidays {

    private static final Map<Integer, LocalDate> EARLY_MAY_MOVED =
            Map.of(1995, LocalDate.of(1995, 5, 8), 2020, LocalDate.of(2020, 5, 8));

    private static final Map<Integer, LocalDate> SPRING_MOVED =
            Map.of(2002, LocalDate.of(2002, 6, 4), 2012, LocalDate.of(2012, 6, 4), 2022, LocalDate.of(2022, 6, 2));

    private static final Set<LocalDate> PROCLAIMED = Stream.of(
                    "1999-12-31", "2002-06-03", "2011-04-29", "2012-06-05", "2022-06-03", "2022-09-19", "2023-05-08")
            .map(LocalDate::parse)
            .collect(Collectors.toUnmodifiableSet());

    private static final Map<Integer, List<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private BankHolidays() {}

    /** The bank holidays of one year, in date order. */
    public static List<LocalDate> of(int year) {
        return BY_YEAR.computeIfAbsent(year, BankHolidays::workedOut);
    }

    private static List<LocalDate> workedOut(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(nextWeekday(LocalDate.of(year, Month.JANUARY, 1), days));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(EARLY_MAY_MOVED.getOrDefault(year, firstMonday(year, Month.MAY)));
        days.add(SPRING_MOVED.getOrDefault(year, lastMonday(year, Month.MAY)));
        days.add(lastMonday(year, Month.AUGUST));
        days.add(nextWeekday(LocalDate.of(year, Month.DECEMBER, 25), days));
        days.add(nextWeekday(LocalDate.of(year, Month.DECEMBER, 26), days));
        PROCLAIMED.stream().filter(day -> day.getYear() == year).forEach(days::add);
        return List.copyOf(days);
    }

    /** The bank holidays from one day to another, both included, in date order. */
    public static List<LocalDate> between(LocalDate first, LocalDate last) {
        return IntStream.rangeClosed(first.getYear(), last.getYear())
                .boxed()
                .flatMap(year -> of(year).stream())
                .filter(day -> !day.isBefore(first) && !day.isAfter(last))
                .toList();
    }

    /** Whether the day is a bank holiday. */
    public static boolean isBankHoliday(LocalDate day) {
        return of(day.getYear()).contains(day);
    }

    /** The first bank holiday on or after the day. */
    public static LocalDate firstFrom(LocalDate day) {
        return between(day, day.plusYears(1)).get(0);
    }

    /** The day itself, or the first weekday after it that is not already a holiday (a substitute day). */
    private static LocalDate nextWeekday(LocalDate day, Set<LocalDate> taken) {
        LocalDate substitute = day;
        while (substitute.getDayOfWeek() == DayOfWeek.SATURDAY
                || substitute.getDayOfWeek() == DayOfWeek.SUNDAY
                || taken.contains(substitute)) {
            substitute = substitute.plusDays(1);
        }
        return substitute;
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}

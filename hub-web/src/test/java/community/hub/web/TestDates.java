package community.hub.web;

import community.hub.HubTime;
import community.hub.booking.BankHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.stream.IntStream;

/**
 * Every date the tests book on, chosen the same way whatever the day they run, so the hub never refuses one for a
 * reason the test did not mean.
 * <ul>
 *   <li>Each group of checks books in a {@link Lane} of weeks of its own, so no two groups share a week.</li>
 *   <li>A date is moved on a week at a time until, for it and each later weekly date the test needs, the day itself
 *       and the two days after are no bank holiday (the demo hub closes on every one). A weekday
 *       asked for is never Sunday, when every room is closed.</li>
 *   <li>The demo term fills the coming fourteen weeks with its own series: checks booking that soon (tenants must,
 *       within their organisation's window) use rooms of their own or hours the demo leaves free.</li>
 * </ul>
 * {@code TestDatesTest} runs every lane and method for each start day of two years and more.
 */
record TestDates(LocalDate today) {

    /** The shortest booking window of a demo tenant account that books in the tests (the Youth Service's). */
    static final int TENANT_WINDOW_DAYS = 120;

    /**
     * Weeks ahead that belong to one group of checks: dates from {@code firstWeek} on and none at or after
     * {@code endWeek}. The checks in a lane use its weeks {@code 0..lastWeek} (counted from its first) and weekly
     * series of at most {@code longestSeries} dates; {@code TestDatesTest} proves that every such date fits.
     */
    enum Lane {
        /**
         * Inside the Youth Service's 120-day window, shared with the demo term and by the checks that must book this
         * soon: each uses a room of its own, or a room and hours no other check and no demo series uses.
         */
        SOON(1, 15, 1, 4),
        /** Inside CAMHS's 180-day window, after the demo term. */
        MAIL(15, 25, 4, 1),
        BOOKINGS(30, 55, 8, 6),
        AVAILABILITY(55, 65, 3, 1),
        BOOKING_PAGES(65, 80, 0, 4),
        ROOMS_AND_CLOSURES(80, 95, 9, 2),
        SERIES_CHANGES(95, 130, 10, 7),
        /** The API client generated from the OpenAPI contract books here, and the feed clients check (staff: no booking window). */
        API_CLIENT(130, 140, 1, 1),
        /** Rota weeks are the café's, not the rooms': they may share weeks with the lanes above. */
        ROTA(40, 80, 25, 1),
        ROTA_DELIVERY(120, 135, 5, 1),
        TIME_AWAY(200, 210, 0, 1),
        /** Links written behind a reverse proxy, and the metrics' booking and clash. */
        PROXY_AND_METRICS(210, 220, 1, 1),
        /**
         * ReliabilityIT's own hub: load bookings from week 0 (a backup under load) and week 20 (a crash), a few weeks
         * of hourly slots each; refusals (a bank holiday) only make the load smaller.
         */
        RELIABILITY(140, 195, 20, 1),
        /** A week no test changes before the one that shows looking at it stores nothing. */
        UNTOUCHED_WEEK(300, 310, 0, 1);

        final int firstWeek;
        final int endWeek;
        final int lastWeek;
        final int longestSeries;

        Lane(int firstWeek, int endWeek, int lastWeek, int longestSeries) {
            this.firstWeek = firstWeek;
            this.endWeek = endWeek;
            this.lastWeek = lastWeek;
            this.longestSeries = longestSeries;
        }
    }

    /** Dates as the tests see them today, London time. */
    static TestDates fromToday() {
        return new TestDates(LocalDate.now(HubTime.ZONE));
    }

    /** {@link #weekly(Lane, int, DayOfWeek, int)} from today. */
    static LocalDate inLane(Lane lane, int week, DayOfWeek day, int weeks) {
        return fromToday().weekly(lane, week, day, weeks);
    }

    /** {@link #clearFrom(LocalDate, int)} from today. */
    static LocalDate clear(LocalDate day, int weeks) {
        return fromToday().clearFrom(day, weeks);
    }

    /** {@link #weekdayAround(int)} from today. */
    static LocalDate weekdayInDays(int days) {
        return fromToday().weekdayAround(days);
    }

    /**
     * The given weekday in week {@code week} of the lane (counted from its first week), moved on until {@code weeks}
     * weekly dates from it are clear. Refused loudly if that leaves the lane, so lanes can never meet.
     */
    LocalDate weekly(Lane lane, int week, DayOfWeek day, int weeks) {
        if ((day == DayOfWeek.SATURDAY || day == DayOfWeek.MONDAY) && weeks > 1) {
            throw new IllegalArgumentException(
                    "Mondays and Saturdays are for one-off dates here: a series on them runs into "
                            + "the Monday bank holidays each spring and cannot stay inside a lane");
        }
        if (week < 0 || week > lane.lastWeek || weeks < 1 || weeks > lane.longestSeries) {
            throw new IllegalArgumentException("Lane " + lane + " has weeks 0-" + lane.lastWeek
                    + " and series of up to " + lane.longestSeries + " weeks: widen it and let TestDatesTest check it");
        }
        LocalDate start = today.plusWeeks(lane.firstWeek + week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(day);
        LocalDate first = clearFrom(start, weeks);
        if (!first.plusWeeks(weeks - 1).isBefore(today.plusWeeks(lane.endWeek))) {
            throw new IllegalStateException(
                    "No clear " + day + " for " + weeks + " weeks in lane " + lane + " from " + start);
        }
        return first;
    }

    /** The first date from {@code day} on, a week at a time, whose next {@code weeks} weekly dates are all clear. */
    LocalDate clearFrom(LocalDate day, int weeks) {
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("Every room is closed on Sundays: " + day);
        }
        LocalDate first = day;
        while (!clearForWeeks(first, weeks)) {
            first = first.plusWeeks(1);
        }
        return first;
    }

    private static boolean clearForWeeks(LocalDate first, int weeks) {
        return IntStream.range(0, weeks).noneMatch(week -> nearBankHoliday(first.plusWeeks(week)));
    }

    /**
     * The Monday of the {@code n}th week of the lane (from 0) in which no day from Monday to Saturday, the café's days,
     * is a bank holiday: each {@code n} has a week of its own, never shared with another.
     */
    LocalDate cafeWeek(Lane lane, int n) {
        if (n < 0 || n > lane.lastWeek) {
            throw new IllegalArgumentException("Lane " + lane + " has weeks 0-" + lane.lastWeek);
        }
        LocalDate monday = today.plusWeeks(lane.firstWeek).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int found = -1;
        while (true) {
            if (BankHolidays.between(monday, monday.plusDays(5)).isEmpty() && ++found == n) {
                break;
            }
            monday = monday.plusWeeks(1);
        }
        if (!monday.isBefore(today.plusWeeks(lane.endWeek))) {
            throw new IllegalStateException("Lane " + lane + " has no week " + n + " clear of bank holidays");
        }
        return monday;
    }

    /** {@link #cafeWeek(Lane, int)} from today. */
    static LocalDate cafeWeekInLane(Lane lane, int n) {
        return fromToday().cafeWeek(lane, n);
    }

    /** The first clear Monday to Friday at least {@code days} days from today. */
    LocalDate weekdayAround(int days) {
        LocalDate day = today.plusDays(days);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY
                || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || nearBankHoliday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The {@code nth} given weekday of the month {@code months} ahead, or a later one in that month if it is not clear. */
    LocalDate inMonth(int months, int nth, DayOfWeek day) {
        YearMonth month = YearMonth.from(today).plusMonths(months);
        LocalDate date = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(nth, day));
        while (nearBankHoliday(date)) {
            date = date.plusWeeks(1);
        }
        if (!YearMonth.from(date).equals(month)) {
            throw new IllegalStateException("No clear " + day + " in " + month);
        }
        return date;
    }

    /**
     * Ten in the morning on the latest Tuesday at least a week ago from which a whole week has no bank holiday: an
     * ordinary working day to pin the test server's clock to (see {@link ServerClock}), the café open, and every day of
     * the week after it open too. In the past, so that what the server stamps while pinned is never newer than what it
     * stamps after (feeds tell a change by the newest stamp).
     */
    LocalDateTime ordinaryMorning() {
        LocalDate tuesday = today.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        while (!BankHolidays.between(tuesday, tuesday.plusDays(6)).isEmpty()) {
            tuesday = tuesday.minusWeeks(1);
        }
        return tuesday.atTime(10, 0);
    }

    /**
     * A Wednesday about a year ago, with no bank holiday near: long before the demo term and every other dated check, so
     * a check that pins the server's clock to it has the hub's past to itself.
     */
    LocalDate quietWednesdayAYearAgo() {
        LocalDate wednesday = today.minusWeeks(52).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
        while (nearBankHoliday(wednesday)) {
            wednesday = wednesday.minusWeeks(1);
        }
        return wednesday;
    }

    /** The Friday before the next last Sunday of October (the clocks go back) at least a week ahead. */
    LocalDate fridayBeforeTheClocksGoBack() {
        LocalDate sunday = today.withMonth(10).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        if (!sunday.isAfter(today.plusWeeks(1))) {
            sunday = today.plusYears(1).withMonth(10).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        }
        return sunday.minusDays(2);
    }

    /**
     * The latest Sunday the clocks changed (last Sunday of March or October) at least three weeks ago: a past weekly series
     * across it, with the server's clock pinned before it (see {@link ServerClock}), is history the reports sum up.
     */
    LocalDate sundayTheClocksLastChanged() {
        LocalDate latest = today.minusWeeks(3);
        LocalDate sunday = latest;
        while (!(sunday.getDayOfWeek() == DayOfWeek.SUNDAY
                && (sunday.getMonthValue() == 3 || sunday.getMonthValue() == 10)
                && sunday.plusWeeks(1).getMonthValue() != sunday.getMonthValue())) {
            sunday = sunday.minusDays(1);
        }
        return sunday;
    }

    /** The first Monday bank holiday more than three weeks ahead with an ordinary Monday on each side (a series across it skips it). */
    LocalDate mondayBankHolidayAfterThreeWeeks() {
        LocalDate from = today.plusWeeks(3).plusDays(1);
        return BankHolidays.between(from, from.plusYears(1)).stream()
                .filter(day -> day.getDayOfWeek() == DayOfWeek.MONDAY
                        && !BankHolidays.isBankHoliday(day.minusWeeks(1))
                        && !BankHolidays.isBankHoliday(day.plusWeeks(1)))
                .findFirst()
                .orElseThrow();
    }

    /** Whether the day or one of the two days after it is a bank holiday (tests move dates a day or two on). */
    static boolean nearBankHoliday(LocalDate day) {
        return !BankHolidays.between(day, day.plusDays(2)).isEmpty();
    }
}

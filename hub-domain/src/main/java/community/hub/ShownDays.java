package community.hub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The stretches of days the hub shows, worked out in one place from its clock: lists start today, the planner opens
 * on today unless asked for another day, What's on runs to the end of next week, the API's lists run a set number of
 * days unless asked for others. Pages and the API ask; they do not count days themselves. Which rota week a page
 * opens on is {@link community.hub.rota.RotaWeek#thisWeek}.
 */
@ApplicationScoped
public class ShownDays {

    /** What's on, on the page: this week and next. */
    static final int WHATS_ON_WEEKS = 2;
    /** What's on, in the API, unless asked otherwise: two weeks from the first day; at most about three months. */
    static final int WHATS_ON_DAYS = 14;

    static final int WHATS_ON_LONGEST_DAYS = 92;
    /** Bookings in the API, unless asked otherwise: four weeks from the first day. */
    static final int BOOKINGS_DAYS = 28;

    @Inject
    private Clock clock;

    protected ShownDays() {}

    /** For rules read without a container: days counted from this clock. */
    public ShownDays(Clock clock) {
        this.clock = clock;
    }

    /** Days from the first up to the end, which is not in them; as instants, from midnight to midnight at the hub. */
    public record Days(LocalDate first, LocalDate end) {

        public Instant start() {
            return HubTime.instant(first, LocalTime.MIDNIGHT);
        }

        /** The last day in them. */
        public LocalDate last() {
            return end.minusDays(1);
        }

        public Instant finish() {
            return HubTime.instant(end, LocalTime.MIDNIGHT);
        }
    }

    /** Today at the hub. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the day is over: lists that start today leave it out. */
    public boolean isPast(LocalDate day) {
        return day.isBefore(today());
    }

    /** The day asked for, or today when none was asked. */
    public LocalDate askedOrToday(LocalDate asked) {
        return asked == null ? today() : asked;
    }

    /** What's on, on its page: from today to the end of next week. */
    public Days whatsOnPage() {
        return new Days(
                today(),
                today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(WHATS_ON_WEEKS));
    }

    /** What's on, asked through the API: from the day asked (today) for two weeks, or to the day asked, at most 92 days. */
    public Days whatsOn(LocalDate from, LocalDate to) {
        LocalDate first = askedOrToday(from);
        LocalDate end = to == null ? first.plusDays(WHATS_ON_DAYS) : to;
        if (!end.isAfter(first) || end.isAfter(first.plusDays(WHATS_ON_LONGEST_DAYS))) {
            throw Refusal.invalid("to", "whatsOn.range", WHATS_ON_LONGEST_DAYS);
        }
        return new Days(first, end);
    }

    /** Bookings, asked through the API: from the day asked (today) for four weeks, or to the day asked. */
    public Days bookings(LocalDate from, LocalDate to) {
        LocalDate first = askedOrToday(from);
        return new Days(first, to == null ? first.plusDays(BOOKINGS_DAYS) : to);
    }

    /** Closures, asked through the API: from the day asked (today) for a year, or to the day asked (both included). */
    public Days closures(LocalDate from, LocalDate to) {
        LocalDate first = askedOrToday(from);
        return new Days(first, (to == null ? first.plusYears(1) : to).plusDays(1));
    }
}

package community.hub.calendar;

import community.hub.HubTime;
import community.hub.booking.Booking;
import community.hub.booking.Occurrence;
import community.hub.booking.Recurrence;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/** A series in a feed: the domain's recurrence in iCal4j's own terms, and the dates it no longer holds. */
final class FeedRecurrence {

    private FeedRecurrence() {}

    /**
     * The series' own rule, as the booking was asked for, in iCal4j's terms; dates it does not hold become EXDATEs.
     * UNTIL is the last date's start in UTC, as RFC 5545 wants beside a DTSTART with a time zone (an offset date-time:
     * iCal4j writes a zoned one without the Z).
     */
    static Recur<OffsetDateTime> rrule(Recurrence rule, Booking booking) {
        Recur.Builder<OffsetDateTime> recur = new Recur.Builder<OffsetDateTime>()
                .frequency(Frequency.valueOf(rule.getFrequency().name()))
                .interval(rule.getInterval())
                .dayList(rule.days(booking.getSeries().getFirstDate()).stream()
                        .sorted()
                        .map(WeekDay::getWeekDay)
                        .toList())
                .weekStartDay(WeekDay.MO);
        if (rule.getBySetPos() != null) {
            recur.setPosList(rule.getBySetPos());
        }
        if (rule.getUntil() != null) {
            recur.until(HubTime.instant(rule.getUntil(), booking.getSeries().getStartTime())
                    .atOffset(ZoneOffset.UTC));
        } else {
            recur.count(rule.getCount());
        }
        return recur.build();
    }

    /** The series' dates it no longer holds (called off): the feed's EXDATEs. */
    static List<LocalDate> excludedDates(Booking booking, Recurrence rule) {
        Set<LocalDate> held = booking.getOccurrences().stream()
                .filter(occurrence -> !occurrence.isCancelled())
                .map(Occurrence::getSeriesDate)
                .collect(Collectors.toSet());
        return rule.dates(booking.getSeries().getFirstDate()).stream()
                .filter(date -> !held.contains(date))
                .toList();
    }
}

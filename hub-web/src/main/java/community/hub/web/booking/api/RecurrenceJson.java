package community.hub.web.booking.api;

import community.hub.booking.Frequency;
import community.hub.booking.Recurrence;
import community.hub.web.api.UnknownValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A series' rule as SPEC §4 writes it: {@code {frequency: "WEEKLY", interval: 2, byDay: ["TU"], bySetPos, until, count}},
 * days as iCalendar's two-letter codes.
 */
public record RecurrenceJson(
        String frequency, Integer interval, List<String> byDay, Integer bySetPos, LocalDate until, Integer count) {

    private static final List<String> CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    Recurrence toRecurrence() {
        return new Recurrence(
                parsedFrequency(),
                interval == null ? 1 : interval,
                byDay == null
                        ? List.of()
                        : byDay.stream().map(RecurrenceJson::day).toList(),
                bySetPos,
                until,
                count);
    }

    static RecurrenceJson of(Recurrence recurrence) {
        return recurrence == null
                ? null
                : new RecurrenceJson(
                        recurrence.getFrequency().name(),
                        recurrence.getInterval(),
                        recurrence.getByDay().stream()
                                .map(day -> CODES.get(day.ordinal()))
                                .toList(),
                        recurrence.getBySetPos(),
                        recurrence.getUntil(),
                        recurrence.getCount());
    }

    private Frequency parsedFrequency() {
        if (frequency == null) {
            return null;
        }
        return Arrays.stream(Frequency.values())
                .filter(value -> value.name().equalsIgnoreCase(frequency.trim()))
                .findFirst()
                .orElseThrow(() -> new UnknownValue(frequency, "WEEKLY, MONTHLY"));
    }

    private static DayOfWeek day(String code) {
        int index = code == null ? -1 : CODES.indexOf(code.trim().toUpperCase(Locale.ROOT));
        if (index < 0) {
            throw new UnknownValue(String.valueOf(code), String.join(", ", CODES));
        }
        return DayOfWeek.of(index + 1);
    }
}

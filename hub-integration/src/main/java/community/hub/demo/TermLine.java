package community.hub.demo;

import community.hub.booking.ActivityType;
import community.hub.booking.Visibility;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * One series of {@code term.csv}, read and checked, so that a mistake in the file stops the demo's start with its line
 * and what is wrong in it rather than a NullPointerException or an enum's bare message.
 */
record TermLine(
        String organisation,
        String room,
        String title,
        ActivityType type,
        Visibility visibility,
        LocalTime from,
        LocalTime to,
        int expected,
        int everyWeeks,
        List<DayOfWeek> days,
        List<String> audience,
        String description) {

    static TermLine read(CSVRecord line) {
        try {
            TermLine read = new TermLine(
                    required(line, "organisation"),
                    required(line, "room"),
                    required(line, "title"),
                    ActivityType.valueOf(line.get("type")),
                    Visibility.valueOf(line.get("visibility")),
                    LocalTime.parse(line.get("from")),
                    LocalTime.parse(line.get("to")),
                    Integer.parseInt(line.get("expected")),
                    Integer.parseInt(line.get("everyWeeks")),
                    Arrays.stream(line.get("days").split(" "))
                            .map(DayOfWeek::valueOf)
                            .toList(),
                    line.get("audience").isEmpty() ? List.of() : List.of(line.get("audience")),
                    line.get("description").isEmpty() ? null : line.get("description"));
            if (!read.from().isBefore(read.to()) || read.everyWeeks() < 1) {
                throw new IllegalArgumentException("it must end after it begins, at least a week apart");
            }
            return read;
        } catch (RuntimeException wrong) {
            throw wrongOn(line, wrong.getMessage());
        }
    }

    static IllegalArgumentException wrongOn(CSVRecord line, String what) {
        // the header is line 1 of the file
        return new IllegalArgumentException("term.csv line " + (line.getRecordNumber() + 1) + ": " + what);
    }

    private static String required(CSVRecord line, String column) {
        String value = line.get(column);
        if (value.isBlank()) {
            throw new IllegalArgumentException("no " + column);
        }
        return value;
    }
}

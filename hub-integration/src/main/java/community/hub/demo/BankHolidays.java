package community.hub.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** England and Wales bank holidays the demo hub closes on (substitute days included). */
public final class BankHolidays {

    private static final List<LocalDate> ENGLAND = Stream.of(
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
            "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
            "2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26")
            .map(LocalDate::parse).toList();

    private BankHolidays() {
    }

    public static List<LocalDate> england() {
        return ENGLAND;
    }

    /** The first bank holiday on or after the given day, if the list reaches that far. */
    public static LocalDate firstFrom(LocalDate day) {
        return ENGLAND.stream().filter(holiday -> !holiday.isBefore(day)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo bank holidays end in 2029: add the next years"));
    }
}

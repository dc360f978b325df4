package community.hub.web;

import community.hub.HubTime;
import community.hub.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Months in query strings and bodies, written like 2027-03, in the years the hub speaks of at all
 * ({@link HubTime#sensible(YearMonth)}); none given means this month.
 */
public final class Months {

    private Months() {}

    public static YearMonth orThisMonth(String month, String field, Clock clock) {
        return month == null || month.isBlank() ? YearMonth.now(clock) : parse(month, field);
    }

    /** A month written like 2027-03, and nothing else. */
    public static YearMonth parse(String month, String field) {
        try {
            return inTheHubsYears(YearMonth.parse(month.trim()), field);
        } catch (DateTimeParseException unreadable) {
            throw Refusal.invalid(field, "month.format");
        }
    }

    /** A month written like 2027-03, or as one of its days, like 2027-03-02. */
    public static YearMonth parseMonthOrDay(String text, String field) {
        String trimmed = text.trim();
        if (trimmed.length() != "2027-03-02".length()) {
            return parse(trimmed, field);
        }
        try {
            return inTheHubsYears(YearMonth.from(LocalDate.parse(trimmed)), field);
        } catch (DateTimeParseException unreadable) {
            throw Refusal.invalid(field, "month.format");
        }
    }

    private static YearMonth inTheHubsYears(YearMonth month, String field) {
        if (!HubTime.sensible(month)) {
            throw Refusal.invalid(field, "month.outsideYears", HubTime.EARLIEST.getYear(), HubTime.LATEST.getYear());
        }
        return month;
    }
}

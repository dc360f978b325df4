package community.hub.web.api;

import community.hub.Refusal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Months in query strings, written like 2027-03; none given means this month. */
public final class Months {

    private Months() {}

    public static YearMonth orThisMonth(String month, String field, Clock clock) {
        if (month == null || month.isBlank()) {
            return YearMonth.now(clock);
        }
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException unreadable) {
            throw Refusal.invalid(field, "month.format");
        }
    }
}

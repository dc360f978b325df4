package community.hub.web;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.web.language.Formats;
import java.time.Clock;
import java.time.YearMonth;

/**
 * The month a page shows, from its {@code ?month=} parameter (like 2027-03), with its name and the months either
 * side for "previous" and "next" links. No parameter means this month; an unreadable one says so and shows this month.
 */
public record ShownMonth(YearMonth month) {

    public static ShownMonth of(String parameter, Clock clock) {
        if (parameter == null || parameter.isBlank()) {
            return new ShownMonth(YearMonth.now(clock));
        }
        try {
            return new ShownMonth(Months.parse(parameter, "month"));
        } catch (Refusal unreadable) {
            if (unreadable.key().equals("month.outsideYears")) {
                FieldMessages.info("rota.month.outsideYears", HubTime.EARLIEST.getYear(), HubTime.LATEST.getYear());
            } else {
                FieldMessages.info("rota.month.format");
            }
            return new ShownMonth(YearMonth.now(clock));
        }
    }

    /** Like "March 2027". */
    public String getName() {
        return Formats.date(Formats.locale(), "date.month").format(month);
    }

    public String getPrevious() {
        return month.minusMonths(1).toString();
    }

    public String getNext() {
        return month.plusMonths(1).toString();
    }

    @Override
    public String toString() {
        return month.toString();
    }
}

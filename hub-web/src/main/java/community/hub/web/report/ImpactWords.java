package community.hub.web.report;

import community.hub.report.ReportPeriod;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/** The impact report's period and words in a language, for its page and its PDF. */
public final class ImpactWords {

    private ImpactWords() {}

    /** Like "1 October 2026 to 31 December 2026". */
    public static String period(ReportPeriod period, Locale locale) {
        DateTimeFormatter day = Formats.date(locale, "date.long");
        return Text.get(locale, "impact.period", day.format(period.from()), day.format(period.to()));
    }

    public static Function<String, String> text(Locale locale) {
        return key -> Text.get(locale, key);
    }
}

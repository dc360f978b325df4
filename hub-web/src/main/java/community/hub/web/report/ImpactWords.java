package community.hub.web.report;

import community.hub.export.ReportWords;
import community.hub.report.ReportPeriod;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The impact report's period and words in a language, for its page and its PDF. */
public final class ImpactWords {

    private ImpactWords() {}

    /** Like "1 October 2026 to 31 December 2026". */
    public static String period(ReportPeriod period, Locale locale) {
        DateTimeFormatter day = Formats.date(locale, "date.long");
        return Text.get(locale, "impact.period", day.format(period.from()), day.format(period.to()));
    }

    /** Like "October 2026", "październik 2026". */
    public static String month(YearMonth month, Locale locale) {
        return Formats.date(locale, "date.month").format(month);
    }

    /** The words, numbers, money and months of the language, for the PDF. */
    public static ReportWords of(Locale locale) {
        return new ReportWords() {
            @Override
            public String text(String key, Object... arguments) {
                return Text.get(locale, key, arguments);
            }

            @Override
            public String money(BigDecimal amount) {
                return Formats.money(locale, amount);
            }

            @Override
            public String number(BigDecimal value) {
                return Formats.number(locale, value);
            }

            @Override
            public String month(YearMonth month) {
                return ImpactWords.month(month, locale);
            }
        };
    }
}

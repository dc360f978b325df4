package community.hub.web.language;

import community.hub.web.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, numbers and money as each language writes them, from the patterns in its text bundle ({@code format.*}):
 * "poniedziałek 7 grudnia 2026", "1 234,50 £". Money is always pounds sterling. Pages know it as {@code #{formats}}.
 */
@Named
@RequestScoped
public class Formats {

    /** A date pattern of this language, by its name in the bundle ({@code date.full} for {@code format.date.full}). */
    public static DateTimeFormatter date(Locale locale, String name) {
        return DateTimeFormatter.ofPattern(Text.get(locale, "format." + name), locale);
    }

    /** An amount of pounds as this language writes money, with thousands separated. */
    public static String money(Locale locale, BigDecimal amount) {
        return amount == null
                ? ""
                : new DecimalFormat(Text.get(locale, "format.money"), DecimalFormatSymbols.getInstance(locale))
                        .format(amount);
    }

    /** The language of the page being made. */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? community.hub.Words.BASE_LANGUAGE
                : faces.getViewRoot().getLocale();
    }

    /** A number (hours, a count) as this language writes it, to the places it has: "1,234.50", "1 234,50". */
    public static String number(Locale locale, BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(Math.max(value.scale(), 0));
        format.setMaximumFractionDigits(Math.max(value.scale(), 0));
        return format.format(value);
    }

    /** For a page: {@code #{formats.number(line.hours())}}. */
    public String number(BigDecimal value) {
        return number(locale(), value);
    }

    /** For a page: {@code #{formats.money(line.amount())}}. */
    public String money(BigDecimal amount) {
        return money(locale(), amount);
    }
}

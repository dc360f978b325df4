package community.hub.web.booking;

import community.hub.web.Text;
import community.hub.web.language.Formats;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The question the booking page asks before it cancels anything: what will be cancelled (one date, a date and the
 * ones after it, or the whole booking) and who is emailed about it.
 *
 * @param seriesDate the date of the series it starts from; none for the whole booking
 */
record CancelQuestion(What what, LocalDate seriesDate) implements Serializable {

    enum What {
        DATE,
        FROM,
        ALL
    }

    /** "Cancel “Job club” on Tuesday 16 March 2027? Youth Service is emailed to say the hub cancelled it." */
    String text(BookingShown booking, boolean byStaff, Locale locale) {
        String when =
                seriesDate == null ? "" : Formats.date(locale, "date.full").format(seriesDate);
        String question = Text.get(locale, "booking.cancelQuestion." + what.name(), booking.title(), when);
        String emailed = byStaff && booking.organisation() != null
                ? Text.get(locale, "booking.cancelQuestion.emailed", booking.organisation())
                : Text.get(locale, "booking.cancelQuestion.noEmail");
        return question + " " + emailed;
    }
}

package community.hub.mail;

import community.hub.Words;
import community.hub.rota.RotaNews;
import community.hub.rota.RotaWeek;
import community.hub.rota.SpokenTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the email that gives a member of the café team their own shifts, in plain, easy English: each day in words,
 * each shift as "Tuesday morning, half past eight to half past twelve", and their job. When a published week changes
 * for them, it says first what is new and what they no longer do. Plain text, no container needed.
 */
public final class RotaMail {

    private static final String BUNDLE = "community.hub.mail.RotaMails";

    private final String contactAddress;
    private final String hubName;
    private final Locale locale;
    private final ResourceBundle words;
    private final DateTimeFormatter day;
    private final DateTimeFormatter weekStart;

    /**
     * Emails signed by the hub of the given name, naming the given address (none: no address) as the one to write to
     * with questions, in the reader's language.
     */
    public RotaMail(String contactAddress, String hubName, Locale locale) {
        this.contactAddress = contactAddress == null || contactAddress.isBlank() ? null : contactAddress.trim();
        this.hubName = hubName;
        this.locale = locale;
        this.words = Words.bundle(BUNDLE, locale);
        this.day = DateTimeFormatter.ofPattern(words.getString("format.day"), locale);
        this.weekStart = DateTimeFormatter.ofPattern(words.getString("format.weekStart"), locale);
    }

    /** The email for one member about one week: published, or changed since. */
    public MailMessage compose(RotaNews.Kind kind, RotaWeek week, RotaNews.MemberNews news) {
        String monday = weekStart.format(week.getMonday());
        StringBuilder body = new StringBuilder();
        line(body, say("greeting", firstName(news.name())));
        line(body, "");
        line(body, say("lead." + kind, monday));
        if (kind == RotaNews.Kind.CHANGED) {
            places(body, say("added", news.added().size()), news.added());
            places(body, say("removed", news.removed().size()), news.removed());
            line(body, "");
            line(body, news.shifts().isEmpty() ? say("noneNow") : say("now"));
        }
        for (RotaNews.Place place : news.shifts()) {
            line(body, "");
            place(body, place);
        }
        if (!news.shifts().isEmpty()) {
            line(body, "");
            line(body, say("count", news.shifts().size()));
        }
        line(body, "");
        line(body, say("cannotCome"));
        line(body, contactAddress == null ? say("contactNoAddress") : say("contact", contactAddress));
        line(body, "");
        line(body, say("signOff"));
        line(body, hubName);
        return new MailMessage(List.of(news.address()), say("subject." + kind, monday), body.toString());
    }

    private void places(StringBuilder body, String heading, List<RotaNews.Place> places) {
        if (places.isEmpty()) {
            return;
        }
        line(body, "");
        line(body, heading);
        for (RotaNews.Place place : places) {
            line(body, "");
            place(body, place);
        }
    }

    /** "Tuesday 6 March", then "Tuesday morning, half past eight to half past twelve.", then the job. */
    private void place(StringBuilder body, RotaNews.Place place) {
        LocalDate date = place.shift().getDate();
        line(body, day.format(date));
        String when = SpokenTime.shift(place.shift(), locale);
        line(body, place.title() == null ? say("when", when) : say("whenFor", when, place.title()));
        line(body, say("job", say("job." + place.role().name())));
    }

    /** People are greeted by the first word of their name, as the café team greets them. */
    private static String firstName(String name) {
        String trimmed = name.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private String say(String key, Object... arguments) {
        return Words.fill(words.getString(key), locale, arguments);
    }

    private static void line(StringBuilder body, String text) {
        body.append(text).append('\n');
    }
}

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
        Changed changed = kind == RotaNews.Kind.CHANGED
                ? new Changed(
                        places(say("added", news.added().size()), news.added()),
                        places(say("removed", news.removed().size()), news.removed()),
                        news.shifts().isEmpty() ? say("noneNow") : say("now"))
                : null;
        String body = MailTemplates.fill(
                "rota",
                new Layout(
                        say("greeting", firstName(news.name())),
                        say("lead." + kind, monday),
                        changed,
                        news.shifts().stream().map(this::place).toList(),
                        news.shifts().isEmpty()
                                ? null
                                : say("count", news.shifts().size()),
                        say("cannotCome"),
                        contactAddress == null ? say("contactNoAddress") : say("contact", contactAddress),
                        say("signOff"),
                        hubName));
        return new MailMessage(List.of(news.address()), say("subject." + kind, monday), body);
    }

    /** What {@code rota.mustache} lays out; a part left empty is left out. */
    private record Layout(
            String greeting,
            String lead,
            Changed changed,
            List<Place> shifts,
            String count,
            String cannotCome,
            String contact,
            String signOff,
            String hubName) {}

    /** What changed in a published week: shifts added, shifts taken away, then the heading of the week as it is now. */
    private record Changed(Places added, Places removed, String now) {}

    private record Places(String heading, List<Place> places) {}

    /** "Tuesday 6 March", then "Tuesday morning, half past eight to half past twelve.", then the job. */
    private record Place(String day, String when, String job) {}

    private Places places(String heading, List<RotaNews.Place> places) {
        return places.isEmpty()
                ? null
                : new Places(heading, places.stream().map(this::place).toList());
    }

    private Place place(RotaNews.Place place) {
        LocalDate date = place.shift().getDate();
        String when = SpokenTime.shift(place.shift(), locale);
        return new Place(
                day.format(date),
                place.title() == null ? say("when", when) : say("whenFor", when, place.title()),
                say("job", say("job." + place.role().name())));
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
}

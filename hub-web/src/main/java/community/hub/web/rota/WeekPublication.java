package community.hub.web.rota;

import community.hub.HubTime;
import community.hub.rota.RotaDeliveries;
import community.hub.rota.SpokenTime;
import community.hub.rota.store.ChangeSincePublished;
import community.hub.rota.store.WeekAsShown;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the staff grid shows of a week's publishing, made once from the {@link WeekAsShown}: whether and when it was
 * published, what changed since, and how each person it concerns gets their rota ("Getting their rota").
 */
public final class WeekPublication implements Serializable {

    private final Locale locale;
    private final boolean published;
    private final String publishedNote;
    private final List<String> changes;
    private final boolean showDeliveries;
    private final boolean nobodyToTell;
    private final List<Told> toPrint;
    private final List<Told> toPrintAgain;
    private final List<Told> emailed;
    private final List<Told> withoutAddress;
    private final List<Told> byCalendar;

    WeekPublication(WeekAsShown week, Locale locale) {
        this.locale = locale;
        this.published = week.isPublished();
        this.publishedNote = Text.get(
                locale,
                "rota.published",
                week.getPublishedAt()
                        .map(at -> Formats.date(locale, "dateTime.at").format(at.atZone(HubTime.ZONE)))
                        .orElse(""),
                week.getPublishedBy());
        this.changes = week.getChanges().stream().map(this::describe).toList();
        this.showDeliveries = week.getDeliveries().isPresent();
        this.nobodyToTell = week.getDeliveries()
                .map(deliveries -> deliveries.getRecipients().isEmpty())
                .orElse(true);
        this.toPrint = told(week, RotaDeliveries::getToPrint);
        this.toPrintAgain = told(week, RotaDeliveries::getToPrintAgain);
        this.emailed = told(week, RotaDeliveries::getEmailed);
        this.withoutAddress = told(week, RotaDeliveries::getWithoutAddress);
        this.byCalendar = told(week, RotaDeliveries::getByCalendar);
    }

    private String describe(ChangeSincePublished change) {
        return Text.get(
                locale,
                "rota.change." + change.getKind().name(),
                change.getName(),
                SpokenTime.shift(change.getShift(), locale),
                RotaPages.roleWords(locale, change.getRole()));
    }

    private static List<Told> told(WeekAsShown week, Function<RotaDeliveries, List<RotaDeliveries.Recipient>> which) {
        return week.getDeliveries().map(which).orElse(List.of()).stream()
                .map(recipient -> new Told(recipient.memberId(), recipient.name()))
                .toList();
    }

    public boolean isPublished() {
        return published;
    }

    public String getPublishedNote() {
        return publishedNote;
    }

    /** The changes since the week was published, in words, oldest first. */
    public List<String> getChanges() {
        return changes;
    }

    public boolean isHasChanges() {
        return !changes.isEmpty();
    }

    /** For a published week, whether to show how each person on it gets their rota. */
    public boolean isShowDeliveries() {
        return showDeliveries;
    }

    public boolean isNobodyToTell() {
        return nobodyToTell;
    }

    /** Those who want a printed easy-read rota, to print a page each for. */
    public List<Told> getToPrint() {
        return toPrint;
    }

    /** Those whose printed rota is out of date: their shifts changed since publishing. */
    public List<Told> getToPrintAgain() {
        return toPrintAgain;
    }

    public List<Told> getEmailed() {
        return emailed;
    }

    /** Those who want their rota by email but have no address: staff tell them another way. */
    public List<Told> getWithoutAddress() {
        return withoutAddress;
    }

    public List<Told> getByCalendar() {
        return byCalendar;
    }

    /** "Print the rota for Sam Kelly", for a link that would otherwise only say the name. */
    public String printFor(Told person) {
        return Text.get(locale, "rota.deliveries.printOne", person.name());
    }

    /** Someone the week concerns, for the "Getting their rota" lists. */
    public record Told(long id, String name) implements Serializable {}
}

package community.hub.mail;

import community.hub.Words;
import community.hub.booking.Booking;
import community.hub.booking.ChangeOf;
import community.hub.booking.HubDecision;
import community.hub.booking.Occurrence;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Predicate;

/**
 * Writes the email that tells an organisation what the hub decided about its booking: what, where, when (Europe/London
 * wall-clock, as the booking holds it), the reason for a decline and whom to ask. Plain text, no container needed.
 */
public final class BookingMail {

    /** A long series lists this many dates, then says how many more. */
    static final int MOST_DATES_LISTED = 20;

    private static final String BUNDLE = "community.hub.mail.BookingMails";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final String contactAddress;
    private final String hubName;
    private final Locale locale;
    private final ResourceBundle words;
    private final DateTimeFormatter day;

    /**
     * Emails signed by the hub of the given name, naming the given address (none: no address) as the one to write to
     * with questions, in the reader's language.
     */
    public BookingMail(String contactAddress, String hubName, Locale locale) {
        this.contactAddress = contactAddress == null || contactAddress.isBlank() ? null : contactAddress.trim();
        this.hubName = hubName;
        this.locale = locale;
        this.words = Words.bundle(BUNDLE, locale);
        this.day = DateTimeFormatter.ofPattern(words.getString("format.day"), locale);
    }

    /**
     * The email for one piece of news about a booking, as of {@code now}.
     *
     * @param requestedBy who asked for the booking, as people know them
     */
    public MailMessage compose(
            HubDecision news, Booking booking, List<String> recipients, String requestedBy, Instant now) {
        HubDecision.Kind kind = news.kind();
        String title = booking.getActivity().getTitle();
        String room = booking.getRoom().getName();
        List<Occurrence> dates = datesTold(news, booking, now);
        String firstDate = dates.isEmpty()
                ? String.valueOf(news.date())
                : day.format(dates.get(0).getDate());
        // A declined request to change a booking says so, and that the booking stays as it was.
        String said = kind == HubDecision.Kind.DECLINED
                        && booking.getChangeRequest().kind().isPresent()
                        && booking.follows().isPresent()
                ? "DECLINED_CHANGE"
                : kind.name();

        boolean declined = kind == HubDecision.Kind.DECLINED;
        String reason = declined && news.reason() != null && !news.reason().isBlank()
                ? say("reason", news.reason().trim())
                : null;
        String body = MailTemplates.fill(
                "booking",
                new Layout(
                        say("greeting", organisationName(booking)),
                        say("lead." + said, title, room, firstDate),
                        reason,
                        declined ? keptBooking(booking) : null,
                        say("what", title, say("type." + booking.getActivity().getType())),
                        say("where", room, booking.getRoom().getFloor(), hubName),
                        dates.size() == 1 ? say("whenOne", say("when." + kind), slot(booking, dates.get(0))) : null,
                        dates.size() == 1 ? null : whenMany(kind, booking, dates),
                        say("booking", organisationName(booking), requestedBy, booking.getId()),
                        say("times"),
                        contactAddress == null ? say("contactNoAddress") : say("contact", contactAddress),
                        say("signOff"),
                        hubName));

        String subject =
                kind == HubDecision.Kind.DATE_CANCELLED_BY_HUB || kind == HubDecision.Kind.DATES_CANCELLED_BY_HUB_FROM
                        ? say("subject." + kind, title, firstDate)
                        : say("subject." + said, title);
        return new MailMessage(recipients, subject, body);
    }

    /** What {@code booking.mustache} lays out; a part left empty is left out. */
    private record Layout(
            String greeting,
            String lead,
            String reason,
            String kept,
            String what,
            String where,
            String whenOne,
            WhenMany whenMany,
            String booking,
            String times,
            String contact,
            String signOff,
            String hubName) {}

    /** Several dates: a heading, a line for each of the first few, and how many more. */
    private record WhenMany(String heading, List<String> dates, String more) {}

    /**
     * For a declined change of a booking: the booking stays as it was, with its dates from the change on (a change of a
     * series from one of its dates), all its dates (a move of the whole booking), or the date it would have moved.
     */
    private String keptBooking(Booking change) {
        return change.follows()
                .filter(booking -> booking.getStatus().holdsRoom())
                .flatMap(booking -> switch (change.getChangeRequest().kind().orElse(ChangeOf.DATES_FROM)) {
                    case DATES_FROM ->
                        change.getChangeRequest()
                                .continuesFrom()
                                .map(from -> say("seriesKept", booking.getId(), day.format(from)));
                    case WHOLE_BOOKING -> Optional.of(say("bookingKept", booking.getId()));
                    case ONE_DATE ->
                        change.getChangeRequest()
                                .movesDate()
                                .map(date -> say("dateKept", booking.getId(), day.format(date)));
                })
                .orElse(null);
    }

    /**
     * The addresses to write to, each once (compared without regard to case), in the order given, leaving out the
     * missing and the blank.
     */
    public static List<String> recipients(String... addresses) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String address : addresses) {
            if (address != null && !address.isBlank()) {
                unique.putIfAbsent(address.trim().toLowerCase(Locale.ROOT), address.trim());
            }
        }
        return List.copyOf(unique.values());
    }

    /** The dates the news is about: the ones still to come, or (when none is) every one it concerns. */
    private static List<Occurrence> datesTold(HubDecision news, Booking booking, Instant now) {
        Predicate<Occurrence> concerned = switch (news.kind()) {
            case APPROVED, DECLINED, CANCELLED_BY_HUB -> occurrence -> !occurrence.isCancelled();
            case MOVE_APPROVED ->
                occurrence -> !occurrence.isCancelled()
                        && (news.date() == null || occurrence.getSeriesDate().equals(news.date()));
            case DATE_CANCELLED_BY_HUB ->
                occurrence -> occurrence.getSeriesDate().equals(news.date());
            case DATES_CANCELLED_BY_HUB_FROM ->
                occurrence -> !occurrence.getSeriesDate().isBefore(news.date());
        };
        List<Occurrence> all =
                booking.getOccurrences().stream().filter(concerned).toList();
        List<Occurrence> toCome = all.stream()
                .filter(occurrence -> occurrence.endsAt().isAfter(now))
                .toList();
        List<Occurrence> told = new ArrayList<>(toCome.isEmpty() ? all : toCome);
        told.sort((a, b) -> a.startsAt().compareTo(b.startsAt()));
        return told;
    }

    private WhenMany whenMany(HubDecision.Kind kind, Booking booking, List<Occurrence> dates) {
        return new WhenMany(
                say("whenMany", say("when." + kind)),
                dates.stream()
                        .limit(MOST_DATES_LISTED)
                        .map(occurrence -> say("dateLine", slot(booking, occurrence)))
                        .toList(),
                dates.size() > MOST_DATES_LISTED ? say("moreDates", dates.size() - MOST_DATES_LISTED) : null);
    }

    private String slot(Booking booking, Occurrence occurrence) {
        String date = day.format(occurrence.getDate());
        String start = TIME.format(occurrence.getStart());
        String end = TIME.format(occurrence.getEnd());
        boolean elsewhere = occurrence.getRoom() != null
                && booking.getRoom() != null
                && !occurrence.getRoom().getName().equals(booking.getRoom().getName());
        return elsewhere
                ? say("slotElsewhere", date, start, end, occurrence.getRoom().getName())
                : say("slot", date, start, end);
    }

    private static String organisationName(Booking booking) {
        return booking.getOrganisation() == null
                ? ""
                : booking.getOrganisation().getName();
    }

    private String say(String key, Object... arguments) {
        return Words.fill(words.getString(key), locale, arguments);
    }
}

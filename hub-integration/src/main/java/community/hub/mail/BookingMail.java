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

        StringBuilder body = new StringBuilder();
        line(body, say("greeting", organisationName(booking)));
        line(body, "");
        line(body, say("lead." + said, title, room, firstDate));
        if (kind == HubDecision.Kind.DECLINED
                && news.reason() != null
                && !news.reason().isBlank()) {
            line(body, "");
            line(body, say("reason", news.reason().trim()));
        }
        if (kind == HubDecision.Kind.DECLINED) {
            keptBooking(body, booking);
        }
        line(body, "");
        line(body, say("what", title, say("type." + booking.getActivity().getType())));
        line(body, say("where", room, booking.getRoom().getFloor(), hubName));
        when(body, kind, booking, dates);
        line(body, say("booking", organisationName(booking), requestedBy, booking.getId()));
        line(body, say("times"));
        line(body, "");
        line(body, contactAddress == null ? say("contactNoAddress") : say("contact", contactAddress));
        line(body, "");
        line(body, say("signOff"));
        line(body, hubName);

        String subject =
                kind == HubDecision.Kind.DATE_CANCELLED_BY_HUB || kind == HubDecision.Kind.DATES_CANCELLED_BY_HUB_FROM
                        ? say("subject." + kind, title, firstDate)
                        : say("subject." + said, title);
        return new MailMessage(recipients, subject, body.toString());
    }

    /**
     * For a declined change of a booking: the booking stays as it was, with its dates from the change on (a change of a
     * series from one of its dates), all its dates (a move of the whole booking), or the date it would have moved.
     */
    private void keptBooking(StringBuilder body, Booking change) {
        change.follows().filter(booking -> booking.getStatus().holdsRoom()).ifPresent(booking -> {
            switch (change.getChangeRequest().kind().orElse(ChangeOf.DATES_FROM)) {
                case DATES_FROM ->
                    change.getChangeRequest()
                            .continuesFrom()
                            .ifPresent(from -> line(body, say("seriesKept", booking.getId(), day.format(from))));
                case WHOLE_BOOKING -> line(body, say("bookingKept", booking.getId()));
                case ONE_DATE ->
                    change.getChangeRequest()
                            .movesDate()
                            .ifPresent(date -> line(body, say("dateKept", booking.getId(), day.format(date))));
            }
        });
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

    private void when(StringBuilder body, HubDecision.Kind kind, Booking booking, List<Occurrence> dates) {
        String label = say("when." + kind);
        if (dates.size() == 1) {
            line(body, say("whenOne", label, slot(booking, dates.get(0))));
            return;
        }
        line(body, say("whenMany", label));
        dates.stream()
                .limit(MOST_DATES_LISTED)
                .forEach(occurrence -> line(body, say("dateLine", slot(booking, occurrence))));
        if (dates.size() > MOST_DATES_LISTED) {
            line(body, say("moreDates", dates.size() - MOST_DATES_LISTED));
        }
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

    private static void line(StringBuilder body, String text) {
        body.append(text).append('\n');
    }
}

package community.hub.web.booking;

import community.hub.booking.Booking;
import community.hub.booking.ChangeOf;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One request waiting for staff, as the approvals page shows it: a copy taken when the page reads the queue. */
public final class WaitingRequest implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final long id;
    private final String title;
    private final String changeOf;
    private final boolean move;
    private final String organisation;
    private final String room;
    private final LocalDate firstDate;
    private final LocalTime startTime;
    private final LocalTime endTime;
    private final int dates;

    private WaitingRequest(Booking pending, Locale locale) {
        this.id = pending.getId();
        this.title = pending.getActivity().getTitle();
        this.changeOf = changeOf(pending, locale);
        this.move = pending.follows().isPresent() && pending.getChangeRequest().getKind() != ChangeOf.DATES_FROM;
        this.organisation = pending.getOrganisation() == null
                ? null
                : pending.getOrganisation().getName();
        this.room = pending.getRoom().getName();
        this.firstDate = pending.getSeries().getFirstDate();
        this.startTime = pending.getSeries().getStartTime();
        this.endTime = pending.getSeries().getEndTime();
        this.dates = pending.getOccurrences().size();
    }

    static WaitingRequest of(Booking pending, Locale locale) {
        return new WaitingRequest(pending, locale);
    }

    /** What the request changes of the booking it follows, in words; null for a request of a booking of its own. */
    private static String changeOf(Booking pending, Locale locale) {
        Booking booking = pending.follows().orElse(null);
        if (booking == null || pending.getChangeRequest().getKind() == null) {
            return null;
        }
        DateTimeFormatter day = Formats.date(locale, "date.full");
        return switch (pending.getChangeRequest().getKind()) {
            case DATES_FROM ->
                Text.get(
                        locale,
                        "approvals.changeFrom",
                        booking.getId(),
                        booking.getActivity().getTitle(),
                        pending.getChangeRequest()
                                .continuesFrom()
                                .map(day::format)
                                .orElse(""));
            case WHOLE_BOOKING -> moveOf(locale, booking) + " " + Text.get(locale, "approvals.movesWhole");
            case ONE_DATE ->
                moveOf(locale, booking) + " "
                        + Text.get(
                                locale,
                                "approvals.movesDate",
                                pending.getChangeRequest()
                                        .movesDate()
                                        .map(day::format)
                                        .orElse(""));
        };
    }

    private static String moveOf(Locale locale, Booking booking) {
        return Text.get(
                locale,
                "approvals.moveOf",
                booking.getId(),
                booking.getActivity().getTitle(),
                booking.getRoom().getName(),
                TIME.format(booking.getSeries().getStartTime()),
                TIME.format(booking.getSeries().getEndTime()));
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getChangeOf() {
        return changeOf;
    }

    /** Whether approving it moves a booking (all of it or one date), rather than making or continuing one. */
    public boolean isMove() {
        return move;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getRoom() {
        return room;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public int getDates() {
        return dates;
    }
}

package community.hub.web.booking;

import community.hub.booking.BookingDecisions;
import community.hub.booking.Bookings;
import community.hub.booking.Booking;
import community.hub.booking.ChangeOf;
import community.hub.web.FieldMessages;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import community.hub.web.security.Caller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Requests from tenants waiting for staff: approve, or decline saying why. A request to change a booking says which
 * booking, and what it changes: the whole booking, one date, or the series from one date on.
 */
@Named
@ViewScoped
public class ApprovalQueue implements Serializable {

    @Inject
    private Bookings bookings;

    @Inject
    private BookingDecisions decisions;

    @Inject
    private Caller caller;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Map<Long, String> reasons = new HashMap<>();
    private List<Booking> waiting;

    public List<Booking> getWaiting() {
        if (waiting == null) {
            waiting = bookings.waitingForDecision();
        }
        return waiting;
    }

    public void approve(Booking booking) {
        decide(() -> decisions.approve(booking.getId(), caller.account().orElseThrow()),
                booking.getFollows() != null && booking.getChangeRequest().getKind() != ChangeOf.DATES_FROM ? "booking.moveApprovedMessage"
                        : "booking.approvedMessage");
    }

    /** What the request changes of the booking it follows, in words; null for a request of a booking of its own. */
    public String changeOf(Booking pending) {
        Booking booking = pending.getFollows();
        if (booking == null || pending.getChangeRequest().getKind() == null) {
            return null;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        DateTimeFormatter day = Formats.date(locale, "date.full");
        return switch (pending.getChangeRequest().getKind()) {
            case DATES_FROM -> Text.get(locale, "approvals.changeFrom", booking.getId(), booking.getTitle(),
                    pending.getChangeRequest().continuesFrom().map(day::format).orElse(""));
            case WHOLE_BOOKING -> moveOf(locale, booking) + " " + Text.get(locale, "approvals.movesWhole");
            case ONE_DATE -> moveOf(locale, booking) + " " + Text.get(locale, "approvals.movesDate",
                    pending.getChangeRequest().movesDate().map(day::format).orElse(""));
        };
    }

    private static String moveOf(Locale locale, Booking booking) {
        return Text.get(locale, "approvals.moveOf", booking.getId(), booking.getTitle(), booking.getRoom().getName(),
                TIME.format(booking.getSeries().getStartTime()), TIME.format(booking.getSeries().getEndTime()));
    }

    public void decline(Booking booking) {
        decide(() -> decisions.decline(booking.getId(), reasons.get(booking.getId()), caller.account().orElseThrow()),
                "booking.declinedMessage");
    }

    private void decide(Supplier<Booking> decision, String doneKey) {
        FieldMessages.attempt(decision).ifPresent(decided -> {
            FieldMessages.info(doneKey, decided.getTitle());
            waiting = null;
        });
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}

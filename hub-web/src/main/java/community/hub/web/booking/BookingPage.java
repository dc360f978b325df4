package community.hub.web.booking;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.booking.Booking;
import community.hub.booking.BookingService;
import community.hub.booking.BookingStatus;
import community.hub.booking.Occurrence;
import community.hub.booking.Recurrence;
import community.hub.web.FieldMessages;
import community.hub.web.NotFoundPage;
import community.hub.web.Text;
import community.hub.web.security.Caller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** One booking: its dates, its history, and what the caller may do to it (cancel a date or all, decide a request). */
@Named
@ViewScoped
public class BookingPage implements Serializable {

    @Inject
    private BookingService bookings;

    @Inject
    private Caller caller;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private Long id;
    private Booking booking;
    private String reason;

    public void load() {
        try {
            booking = bookings.byId(id == null ? -1 : id, me());
        } catch (Refusal notVisible) {
            booking = null;
            NotFoundPage.send();
        }
    }

    public void cancelDate(Occurrence occurrence) {
        act(() -> bookings.cancelOccurrence(id, occurrence.getSeriesDate(), me()), "booking.dateCancelledMessage");
    }

    public void cancelFrom(Occurrence occurrence) {
        act(() -> bookings.cancelFrom(id, occurrence.getSeriesDate(), me()), "booking.datesCancelledMessage");
    }

    public void cancel() {
        act(() -> bookings.cancel(id, me()), "booking.cancelledMessage");
    }

    public void approve() {
        act(() -> bookings.approve(id, me()), "booking.approvedMessage");
    }

    public void decline() {
        act(() -> bookings.decline(id, reason, me()), "booking.declinedMessage");
    }

    private void act(Supplier<Booking> action, String doneKey) {
        try {
            booking = action.get();
            FieldMessages.info(doneKey, booking.getTitle());
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    /** Whether the caller may cancel or change this booking: staff, or a member of its organisation. */
    public boolean isChangeable() {
        return booking != null && booking.getStatus().holdsRoom()
                && (caller.isStaff() || caller.account().map(Account::getOrganisation).map(booking::belongsTo).orElse(false));
    }

    public boolean isDecidable() {
        return booking != null && caller.isStaff() && booking.getStatus() == BookingStatus.PENDING;
    }

    /** The series rule in words: "Every 2 weeks on Tuesday and Thursday, 12 times". */
    public String getRepeats() {
        Recurrence rule = booking == null ? null : booking.getRecurrence();
        if (rule == null) {
            return Text.get(locale(), "booking.once");
        }
        String days = rule.days(booking.getFirstDate()).stream().map(day -> day.getDisplayName(TextStyle.FULL, locale()))
                .collect(Collectors.joining(" " + Text.get(locale(), "booking.and") + " "));
        String every = Text.get(locale(), "booking.repeats." + rule.getFrequency().name(), rule.getInterval(), days,
                rule.getBySetPos() == null ? "" : Text.get(locale(), rule.getBySetPos() < 0 ? "position.last" : "position." + rule.getBySetPos()));
        String end = rule.getUntil() != null ? Text.get(locale(), "booking.until", rule.getUntil())
                : Text.get(locale(), "booking.times", rule.getCount());
        return every + ", " + end;
    }

    /** When something happened, in hub time, as people write it. */
    public String when(Instant instant) {
        return WHEN.withLocale(locale()).format(HubTime.wallClock(instant));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private Account me() {
        return caller.account().orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Booking getBooking() {
        return booking;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

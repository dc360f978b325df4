package community.hub.web.attendance;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.attendance.AttendanceService;
import community.hub.attendance.DatedHeadcount;
import community.hub.attendance.Headcount;
import community.hub.attendance.HeldSession;
import community.hub.web.FieldMessages;
import community.hub.web.security.Caller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Several past dates at once: the sessions that took place in the last weeks with nothing recorded (staff every
 * organisation's, a tenant its own), or every past date of one booking. Typed counts are checked together and saved
 * all or none; a refusal shows beside its row.
 */
@Named
@ViewScoped
public class AttendanceSheet implements Serializable {

    @Inject
    private AttendanceService attendance;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** One booking's past dates, recorded or not; none: every session not recorded. */
    private Long booking;

    private List<SessionRow> rows = List.of();

    public void load() {
        LocalDate today = LocalDate.now(clock);
        List<HeldSession> held = booking == null
                ? attendance.notRecordedSince(today.minusWeeks(AttendanceService.FOLLOW_UP_WEEKS), me())
                : attendance.heldOf(booking, today.minusWeeks(520), me());
        rows = held.stream().map(SessionRow::new).toList();
    }

    public String save() {
        Account me = me();
        List<SessionRow> typed = new ArrayList<>();
        boolean refused = false;
        for (SessionRow row : rows) {
            row.setProblem(null);
            if (!row.isTyped()) {
                continue;
            }
            try {
                attendance.check(row.getBookingId(), row.getSeriesDate(), headcount(row), me);
                typed.add(row);
            } catch (Refusal refusal) {
                row.setProblem(refusal.message(
                        FacesContext.getCurrentInstance().getViewRoot().getLocale()));
                refused = true;
            }
        }
        if (refused) {
            FieldMessages.global("attendance.notSaved");
            return null;
        }
        if (typed.isEmpty()) {
            FieldMessages.global("attendance.nothingTyped");
            return null;
        }
        return FieldMessages.attempt(() -> attendance.recordAll(
                        typed.stream()
                                .map(row -> new DatedHeadcount(row.getBookingId(), row.getSeriesDate(), headcount(row)))
                                .toList(),
                        me))
                .map(saved -> {
                    FieldMessages.done("attendance.saved", saved.size());
                    return "/bookings/attendance?faces-redirect=true" + (booking == null ? "" : "&booking=" + booking);
                })
                .orElse(null);
    }

    private static Headcount headcount(SessionRow row) {
        return new Headcount(row.getCount(), row.getNewCount(), Map.of());
    }

    private Account me() {
        return caller.account().orElseThrow();
    }

    public List<SessionRow> getRows() {
        return rows;
    }

    public Long getBooking() {
        return booking;
    }

    public void setBooking(Long booking) {
        this.booking = booking;
    }
}

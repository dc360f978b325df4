package community.hub.web.attendance;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.attendance.AttendanceService;
import community.hub.attendance.Headcount;
import community.hub.web.FieldMessages;
import community.hub.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Today's sessions that have begun, on Today at the hub: at the end of a session, one field and Enter records how
 * many came. Each session is a form of its own, so Enter saves the one being typed in.
 */
@Named
@RequestScoped
public class AttendanceToday {

    @Inject
    private AttendanceService attendance;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    private List<SessionRow> sessions;
    private Integer count;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(clock);
        sessions = new ArrayList<>(
                attendance.heldSince(today, me()).stream().map(SessionRow::new).toList());
        Collections.reverse(sessions);
    }

    /** Records the count typed for one session; refused, says why beside that session's field and changes nothing. */
    public String record(SessionRow session) {
        try {
            attendance.record(session.getBookingId(), session.getSeriesDate(), new Headcount(count, null, null), me());
            FieldMessages.done("attendance.savedOne", count, session.getTitle());
            return "/staff/today?faces-redirect=true";
        } catch (Refusal refusal) {
            FacesContext faces = FacesContext.getCurrentInstance();
            sessions.stream()
                    .filter(row -> row.getKey().equals(session.getKey()))
                    .forEach(row -> {
                        row.setProblem(refusal.message(faces.getViewRoot().getLocale()));
                        row.setCount(count);
                    });
            faces.validationFailed();
            return null;
        }
    }

    private Account me() {
        return caller.account().orElseThrow();
    }

    public List<SessionRow> getSessions() {
        return sessions;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }
}

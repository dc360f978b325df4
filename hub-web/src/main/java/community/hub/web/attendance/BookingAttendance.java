package community.hub.web.attendance;

import community.hub.Refusal;
import community.hub.attendance.AttendanceService;
import community.hub.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** The dates of the booking shown that took place, and how many came to each, on the booking page. */
@Named
@RequestScoped
public class BookingAttendance {

    @Inject
    private AttendanceService attendance;

    @Inject
    private Caller caller;

    private List<SessionRow> sessions;

    public List<SessionRow> getSessions() {
        if (sessions == null) {
            sessions = load();
        }
        return sessions;
    }

    private List<SessionRow> load() {
        String id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        if (id == null || !id.matches("\\d{1,18}") || caller.account().isEmpty()) {
            return List.of();
        }
        try {
            return attendance
                    .heldOf(
                            Long.parseLong(id),
                            LocalDate.EPOCH,
                            caller.account().get())
                    .stream()
                    .map(SessionRow::new)
                    .toList();
        } catch (Refusal notTheirs) {
            return List.of();
        }
    }

    public boolean isAny() {
        return !getSessions().isEmpty();
    }
}

package community.hub.web.attendance.api;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.attendance.Attendance;
import community.hub.attendance.AttendanceService;
import community.hub.attendance.Headcount;
import community.hub.web.security.Caller;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Map;

/**
 * How many came to one date of a booking (SPEC §4): staff for any booking, a tenant for its own organisation's; to a
 * tenant another organisation's booking is not there.
 */
@Path("bookings/{id}/occurrences/{date}/attendance")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TENANT})
public class AttendanceResource {

    @Inject
    private AttendanceService attendance;

    @Inject
    private Caller caller;

    /** A headcount: how many came, how many of them were new (optional), and by audience band (optional). */
    public record HeadcountInput(Integer count, Integer newCount, Map<String, Integer> byAudience) {}

    @PUT
    public AttendanceView record(@PathParam("id") long id, @PathParam("date") LocalDate date, HeadcountInput input) {
        if (input == null) {
            throw Refusal.invalid("count", "attendance.countRequired");
        }
        Attendance recorded =
                attendance.record(id, date, new Headcount(input.count(), input.newCount(), input.byAudience()), me());
        return AttendanceView.of(recorded.getOccurrence(), recorded);
    }

    @GET
    public AttendanceView read(@PathParam("id") long id, @PathParam("date") LocalDate date) {
        Account me = me();
        return attendance
                .recorded(id, date, me)
                .map(recorded -> AttendanceView.of(recorded.getOccurrence(), recorded))
                .orElseGet(() -> attendance.heldOf(id, date.minusDays(1), me).stream()
                        .filter(session -> session.occurrence().getSeriesDate().equals(date)
                                || session.occurrence().getDate().equals(date))
                        .findFirst()
                        .map(AttendanceView::of)
                        .orElseThrow(() -> Refusal.notFound("attendance.noSuchDate", id, date)));
    }

    private Account me() {
        return caller.account().orElseThrow(ForbiddenException::new);
    }
}

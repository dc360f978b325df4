package community.hub.web.attendance.api;

import community.hub.account.Account;
import community.hub.attendance.AttendanceService;
import community.hub.web.security.Caller;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The sessions that took place with nothing recorded, for follow-up: staff every one, a tenant its own organisation's. */
@Path("attendance/not-recorded")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TENANT})
public class NotRecordedResource {

    @Inject
    private AttendanceService attendance;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @GET
    public List<AttendanceView> notRecorded(
            @QueryParam("from") LocalDate from, @QueryParam("limit") @DefaultValue("2000") int limit) {
        Account me = caller.account().orElseThrow(ForbiddenException::new);
        LocalDate since = from == null ? LocalDate.now(clock).minusWeeks(AttendanceService.FOLLOW_UP_WEEKS) : from;
        return attendance.notRecordedSince(since, limit, me).stream()
                .map(AttendanceView::of)
                .toList();
    }
}

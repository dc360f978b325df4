package community.hub.web.rota.api;

import community.hub.export.CafeHoursCsv;
import community.hub.rota.store.HoursService;
import community.hub.rota.store.MemberHours;
import community.hub.web.Download;
import community.hub.web.Months;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * The hours people give the café (SPEC §4 {@code /api/rota/hours}, {@code .csv} alike), for reports and funders. Shares
 * the root {@code rota} with {@link RotaWeekResource} (Jersey merges root resources of one path), so that
 * {@code hours.csv} sits beside {@code hours}.
 */
@Path("rota")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CafeHoursResource {

    @Inject
    private HoursService hoursService;

    @Inject
    private Clock clock;

    public record HoursView(String month, List<MemberHoursView> members, BigDecimal totalHours) {}

    public record MemberHoursView(long memberId, String name, int shifts, BigDecimal hours) {}

    @GET
    @Path("hours")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public HoursView hours(@QueryParam("month") String month) {
        YearMonth asked = Months.orThisMonth(month, "month", clock);
        List<MemberHours> hours = hoursService.hours(asked);
        return new HoursView(
                asked.toString(),
                hours.stream()
                        .map(member -> new MemberHoursView(
                                member.getMemberId(), member.getName(), member.getShifts(), member.getHoursAsNumber()))
                        .toList(),
                hours.stream().map(MemberHours::getHoursAsNumber).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @GET
    @Path("hours.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Response hoursCsv(@QueryParam("month") String month) {
        YearMonth asked = Months.orThisMonth(month, "month", clock);
        return Response.ok(CafeHoursCsv.of(asked, hoursService.hours(asked)), "text/csv; charset=utf-8")
                .header("Content-Disposition", Download.attachment(CafeHoursCsv.fileName(asked)))
                .build();
    }
}

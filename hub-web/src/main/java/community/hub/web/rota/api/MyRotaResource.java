package community.hub.web.rota.api;

import community.hub.Refusal;
import community.hub.rota.store.SwapService;
import community.hub.rota.store.TeamService;
import community.hub.web.api.EnumJson;
import community.hub.web.security.Caller;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A volunteer's own place on the café team (SPEC §4 {@code /api/rota/me}): availability, time away, and their shifts. */
@Path("rota/me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyRotaResource {

    @Inject
    private TeamService teamService;

    @Inject
    private SwapService swapService;

    @Inject
    private Caller caller;

    /** One of the caller's shifts in a published week. */
    public record MyShift(
            String week,
            String shiftId,
            LocalDate date,
            LocalDateTime start,
            LocalDateTime end,
            String role,
            boolean newSincePublished,
            Long swapId) {}

    @GET
    @RolesAllowed(Roles.VOLUNTEER)
    public RotaMemberView myself() {
        return RotaMemberView.own(teamService.me(RotaApi.me(caller)));
    }

    @PUT
    @Path("availability")
    @RolesAllowed(Roles.VOLUNTEER)
    public RotaMemberView changeAvailability(List<RotaMemberView.Available> times) {
        List<RotaMemberView.Available> given = times == null ? List.of() : times;
        if (given.stream()
                .anyMatch(time -> time == null || time.day() == null || time.from() == null || time.until() == null)) {
            throw Refusal.invalid("availability", "rota.availability.incomplete");
        }
        return RotaMemberView.own(teamService.changeAvailability(
                RotaApi.me(caller),
                given.stream().map(RotaMemberView.Available::toAvailableTime).toList()));
    }

    @POST
    @Path("time-away")
    @RolesAllowed(Roles.VOLUNTEER)
    public RotaMemberView goAway(RotaMemberView.Away away) {
        if (away == null || away.first() == null) {
            throw Refusal.invalid("first", "rota.timeAway.needed");
        }
        return RotaMemberView.own(teamService.goAway(
                RotaApi.me(caller),
                RotaMemberView.away(away.last() == null ? new RotaMemberView.Away(away.first(), away.first()) : away)));
    }

    @DELETE
    @Path("time-away")
    @RolesAllowed(Roles.VOLUNTEER)
    public RotaMemberView cancelTimeAway(@QueryParam("first") LocalDate first, @QueryParam("last") LocalDate last) {
        if (first == null) {
            throw Refusal.invalid("first", "rota.timeAway.needed");
        }
        return RotaMemberView.own(teamService.cancelTimeAway(
                RotaApi.me(caller), RotaMemberView.away(new RotaMemberView.Away(first, last == null ? first : last))));
    }

    @GET
    @Path("shifts")
    @RolesAllowed(Roles.VOLUNTEER)
    public List<MyShift> myShifts() {
        return swapService.shiftsOf(RotaApi.me(caller)).stream()
                .map(held -> new MyShift(
                        held.getWeek().toString(),
                        held.getShift().getId(),
                        held.getShift().getDate(),
                        LocalDateTime.of(
                                held.getShift().getDate(), held.getShift().getStart()),
                        LocalDateTime.of(
                                held.getShift().getDate(), held.getShift().getEnd()),
                        EnumJson.name(held.getRole()),
                        held.isNewSincePublished(),
                        held.getOpenSwap().map(swap -> swap.getId()).orElse(null)))
                .toList();
    }
}

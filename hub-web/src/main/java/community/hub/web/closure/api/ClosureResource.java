package community.hub.web.closure.api;

import community.hub.ShownDays;
import community.hub.booking.Closure;
import community.hub.booking.ClosureService;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * When a room or the whole hub is closed (bank holidays, maintenance): staff look, the hub manager closes and opens
 * again. Nothing can be booked inside a closure, so a closure over dates already booked is refused.
 */
@Path("closures")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClosureResource {

    @Inject
    private ClosureService closures;

    @Inject
    private ShownDays shownDays;

    @Context
    private UriInfo uri;

    /** A closure: one room, or the whole hub when {@code roomId} is null, from the start of one day to the end of another. */
    public record ClosureView(
            long id, Long roomId, String roomName, LocalDate firstDay, LocalDate lastDay, String reason) {
        static ClosureView of(Closure closure) {
            return new ClosureView(
                    closure.getId(),
                    closure.getRoom() == null ? null : closure.getRoom().getId(),
                    closure.getRoom() == null ? null : closure.getRoom().getName(),
                    closure.getFirstDay(),
                    closure.getLastDay(),
                    closure.getReason());
        }
    }

    /** What to close: a room, or (no roomId) the whole hub, for whole days. */
    public record ClosureInput(Long roomId, LocalDate firstDay, LocalDate lastDay, String reason) {}

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public List<ClosureView> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        ShownDays.Days days = shownDays.closures(from, to);
        return closures.between(days.first(), days.last()).stream()
                .map(ClosureView::of)
                .toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response close(ClosureInput input) {
        ClosureInput given = input == null ? new ClosureInput(null, null, null, null) : input;
        Closure closure = closures.close(given.roomId(), given.firstDay(), given.lastDay(), given.reason());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(closure.getId()))
                        .build())
                .entity(ClosureView.of(closure))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public ClosureView reopen(@PathParam("id") long id) {
        return ClosureView.of(closures.reopen(id));
    }
}

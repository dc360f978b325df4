package community.hub.web.closure.api;

import community.hub.ShownDays;
import community.hub.booking.Closure;
import community.hub.booking.ClosureService;
import community.hub.web.api.Problem;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * When a room or the whole hub is closed (bank holidays, maintenance): staff look, the hub manager closes and opens
 * again. Nothing can be booked inside a closure, so a closure over dates already booked is refused.
 */
@Path("closures")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Closures")
@SecurityRequirement(name = "basic")
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
    @Operation(
            summary = "Closures touching a period (staff)",
            description = "from and to are days, both included; by default from today for a year.")
    public List<ClosureView> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        ShownDays.Days days = shownDays.closures(from, to);
        return closures.between(days.first(), days.last()).stream()
                .map(ClosureView::of)
                .toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Close a room, or the whole hub, for whole days (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Closed; Location names the closure",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClosureView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A day or the reason is missing, the days are out of order, or there "
                    + "is no such room; errors name the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Dates already booked fall in it: move or cancel them first. Each "
                    + "booked date in the way is listed in clashes (room, start, end, and the booking's title in with)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @Operation(summary = "Open again what a closure closed (admin)", description = "Answers with the closure removed.")
    public ClosureView reopen(@PathParam("id") long id) {
        return ClosureView.of(closures.reopen(id));
    }
}

package community.hub.web.room.api;

import community.hub.booking.AvailabilityService;
import community.hub.room.Room;
import community.hub.room.RoomDetails;
import community.hub.room.RoomService;
import community.hub.web.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** The hub's rooms: anyone may look; only the hub manager adds, changes or retires them. */
@Path("rooms")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomResource {

    @Inject
    private RoomService rooms;

    @Inject
    private AvailabilityService availability;

    @Context
    private UriInfo uri;

    @GET
    @PermitAll
    public List<RoomView> list(@QueryParam("retired") boolean withRetired) {
        return (withRetired ? rooms.all() : rooms.inUse())
                .stream().map(RoomView::of).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public RoomView one(@PathParam("id") long id) {
        return RoomView.of(rooms.byId(id));
    }

    @GET
    @Path("{id}/availability")
    @PermitAll
    public AvailabilityView availability(
            @PathParam("id") long id, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return AvailabilityView.of(availability.of(id, from, to));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response add(RoomDetails details) {
        Room room = rooms.add(details);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(room.getId()))
                        .build())
                .entity(RoomView.of(room))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public RoomView revise(@PathParam("id") long id, RoomDetails details) {
        return RoomView.of(rooms.revise(id, details));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public RoomView retire(@PathParam("id") long id) {
        return RoomView.of(rooms.retire(id));
    }
}

package community.hub.web.rota.api;

import community.hub.Refusal;
import community.hub.rota.RotaWeek;
import community.hub.rota.store.SwapService;
import community.hub.web.security.Caller;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Shift swaps (SPEC §4 {@code /api/rota/swaps}): volunteers offer, take and withdraw; staff approve or refuse. */
@Path("rota/swaps")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SwapResource {

    @Inject
    private SwapService swapService;

    @Inject
    private Caller caller;

    @Context
    private UriInfo uri;

    public record SwapOffer(String week, String shiftId) {}

    public record Decision(String reason) {}

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VOLUNTEER})
    public List<SwapView> swaps() {
        return swapService.swaps(RotaApi.me(caller)).stream().map(SwapView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.VOLUNTEER)
    public Response offer(SwapOffer offer) {
        if (offer == null || offer.week() == null) {
            throw Refusal.invalid("week", "rota.swap.weekNeeded");
        }
        SwapView swap =
                SwapView.of(swapService.offer(RotaWeek.parse(offer.week()), offer.shiftId(), RotaApi.me(caller)));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(swap.id()))
                        .build())
                .entity(swap)
                .build();
    }

    @POST
    @Path("{id}/take")
    @RolesAllowed(Roles.VOLUNTEER)
    public SwapView take(@PathParam("id") long id) {
        return SwapView.of(swapService.take(id, RotaApi.me(caller)));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public SwapView approve(@PathParam("id") long id) {
        return SwapView.of(swapService.approve(id, RotaApi.me(caller)));
    }

    @POST
    @Path("{id}/refuse")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public SwapView refuse(@PathParam("id") long id, Decision decision) {
        return SwapView.of(swapService.refuse(id, decision == null ? null : decision.reason(), RotaApi.me(caller)));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.VOLUNTEER)
    public SwapView withdraw(@PathParam("id") long id) {
        return SwapView.of(swapService.withdraw(id, RotaApi.me(caller)));
    }
}

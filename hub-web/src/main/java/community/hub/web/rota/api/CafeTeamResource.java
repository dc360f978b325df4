package community.hub.web.rota.api;

import community.hub.rota.store.LeavingService;
import community.hub.rota.store.TeamService;
import community.hub.web.api.EnumJson;
import community.hub.web.security.Caller;
import community.hub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The café team (SPEC §4 {@code /api/rota/members}): staff list, add and change members, and record who leaves and comes back. */
@Path("rota/members")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CafeTeamResource {

    @Inject
    private TeamService teamService;

    @Inject
    private LeavingService leavingService;

    @Inject
    private Caller caller;

    @Context
    private UriInfo uri;

    /** A place on a shift still to come that someone gave up by leaving the team. */
    public record PlaceGivenUpView(
            String week,
            String shiftId,
            LocalDate date,
            LocalDateTime start,
            LocalDateTime end,
            String role,
            String title) {
        static PlaceGivenUpView of(LeavingService.PlaceGivenUp place) {
            return new PlaceGivenUpView(
                    place.week().toString(),
                    place.shift().getId(),
                    place.shift().getDate(),
                    LocalDateTime.of(place.shift().getDate(), place.shift().getStart()),
                    LocalDateTime.of(place.shift().getDate(), place.shift().getEnd()),
                    EnumJson.name(place.role()),
                    place.title());
        }
    }

    /** Someone who left the team: who, the day, and every place they gave up, each now open. */
    public record LeavingView(RotaMemberView member, LocalDate leftOn, List<PlaceGivenUpView> placesGivenUp) {}

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public List<RotaMemberView> members(@QueryParam("former") boolean former) {
        if (former) {
            return leavingService.formerMembers().stream()
                    .map(left -> memberView(left.id()))
                    .toList();
        }
        Map<Long, String> usernames = teamService.usernames();
        return teamService.team().stream()
                .map(member -> RotaMemberView.of(member, usernames.get(member.getId())))
                .toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public RotaMemberView member(@PathParam("id") long id) {
        return memberView(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Response addMember(MemberInput member) {
        RotaMemberView added = memberView(teamService
                .addMember(member == null ? null : member.toDetails())
                .getId());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(added.id()))
                        .build())
                .entity(added)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public RotaMemberView changeMember(@PathParam("id") long id, MemberInput member) {
        teamService.changeMember(id, member == null ? null : member.toDetails());
        return memberView(id);
    }

    @POST
    @Path("{id}/leave")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public LeavingView leave(@PathParam("id") long id) {
        LeavingService.Leaving leaving = leavingService.leave(id, RotaApi.me(caller));
        return new LeavingView(
                memberView(id),
                leaving.on(),
                leaving.placesGivenUp().stream().map(PlaceGivenUpView::of).toList());
    }

    @POST
    @Path("{id}/come-back")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public RotaMemberView comeBack(@PathParam("id") long id) {
        leavingService.comeBack(id, RotaApi.me(caller));
        return memberView(id);
    }

    private RotaMemberView memberView(long id) {
        TeamService.Standing standing = teamService.standing(id);
        return RotaMemberView.of(teamService.member(id), standing.username(), standing.onTeam(), standing.leftOn());
    }
}

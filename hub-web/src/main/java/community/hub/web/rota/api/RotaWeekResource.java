package community.hub.web.rota.api;

import community.hub.Refusal;
import community.hub.rota.CafeRole;
import community.hub.rota.RotaDeliveries;
import community.hub.rota.RotaWeek;
import community.hub.rota.store.RotaWeekService;
import community.hub.rota.store.WeekAsShown;
import community.hub.web.api.Requests;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * Weeks of the café rota (SPEC §4): staff see, fill, change and publish weeks; volunteers see published weeks. A change
 * that would break a rota rule is a 409 naming the rule. Other rota resources share the root {@code rota} (Jersey merges
 * root resources of one path): settings and pattern, hours.
 */
@Path("rota")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RotaWeekResource {

    @Inject
    private RotaWeekService weekService;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /** A staff change to one member's places: from a place, to a place, or both (the "from" role may be left out). */
    public record MoveInput(Long memberId, String fromShiftId, CafeRole fromRole, String toShiftId, CafeRole toRole) {}

    /** A one-off shift: {@code {"date": "2026-03-05", "start": "12:00", "end": "14:00", "places": {"kitchen": 2}, "title": "Community lunch"}}. */
    public record ExtraShiftInput(
            LocalDate date, LocalTime start, LocalTime end, Map<String, Integer> places, String title) {}

    /** Someone a published week concerns, for staff: their places that week and whether they changed since publishing. */
    public record RecipientView(long memberId, String name, int places, boolean changedSincePublished) {
        static List<RecipientView> of(List<RotaDeliveries.Recipient> recipients) {
            return recipients.stream()
                    .map(recipient -> new RecipientView(
                            recipient.memberId(),
                            recipient.name(),
                            recipient.places(),
                            recipient.changedSincePublished()))
                    .toList();
        }
    }

    /**
     * How each member on a published week gets their rota: emailed (with the address), without an email address (staff
     * tell them another way), a printed easy-read rota to hand them (and those whose print is out of date since a
     * change), and their own calendar feed, which follows the rota by itself.
     */
    public record DeliveriesView(
            String week,
            boolean published,
            List<EmailedView> emailed,
            List<RecipientView> withoutEmail,
            List<RecipientView> toPrint,
            List<RecipientView> toPrintAgain,
            List<RecipientView> byCalendar) {}

    public record EmailedView(long memberId, String name, String email, int places, boolean changedSincePublished) {}

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VOLUNTEER})
    public RotaWeekView week(@QueryParam("week") String week) {
        RotaWeek asked = RotaWeek.parseOrThisWeek(week, clock);
        return shown(weekService.week(asked, RotaApi.me(caller)));
    }

    @POST
    @Path("{week}/autofill")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public RotaWeekView autoFill(@PathParam("week") String week) {
        return shown(weekService.autoFill(RotaWeek.parse(week), RotaApi.me(caller)));
    }

    @POST
    @Path("{week}/reassign")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public RotaWeekView reassign(@PathParam("week") String week, MoveInput move) {
        if (move == null || move.memberId() == null) {
            throw Refusal.invalid("memberId", "rota.move.memberNeeded");
        }
        return shown(weekService.reassign(
                RotaWeek.parse(week),
                new RotaWeekService.Move(
                        move.memberId(), move.fromShiftId(), move.fromRole(), move.toShiftId(), move.toRole()),
                RotaApi.me(caller)));
    }

    @POST
    @Path("{week}/shifts")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Response addShift(@PathParam("week") String week, ExtraShiftInput extra) {
        if (extra == null) {
            throw Refusal.invalid("date", "rota.shift.timesNeeded");
        }
        RotaWeek rotaWeek = RotaWeek.parse(week);
        RotaWeekView view = shown(weekService.addShift(
                rotaWeek,
                new RotaWeekService.ExtraShift(
                        extra.date(), extra.start(), extra.end(), RotaApi.places(extra.places()), extra.title()),
                RotaApi.me(caller)));
        return Response.created(uri.getBaseUriBuilder()
                        .path("rota")
                        .queryParam("week", rotaWeek.toString())
                        .build())
                .entity(view)
                .build();
    }

    @POST
    @Path("{week}/publish")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public RotaWeekView publish(@PathParam("week") String week) {
        return shown(weekService.publish(RotaWeek.parse(week), RotaApi.me(caller)));
    }

    @GET
    @Path("{week}/deliveries")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public DeliveriesView deliveries(@PathParam("week") String week) {
        RotaWeek rotaWeek = RotaWeek.parse(week);
        WeekAsShown shown = weekService.week(rotaWeek, RotaApi.me(caller));
        return shown.getDeliveries()
                .map(deliveries -> new DeliveriesView(
                        rotaWeek.toString(),
                        true,
                        deliveries.getEmailed().stream()
                                .map(recipient -> new EmailedView(
                                        recipient.memberId(),
                                        recipient.name(),
                                        recipient.address(),
                                        recipient.places(),
                                        recipient.changedSincePublished()))
                                .toList(),
                        RecipientView.of(deliveries.getWithoutAddress()),
                        RecipientView.of(deliveries.getToPrint()),
                        RecipientView.of(deliveries.getToPrintAgain()),
                        RecipientView.of(deliveries.getByCalendar())))
                .orElse(new DeliveriesView(
                        rotaWeek.toString(), false, List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    @PUT
    @Path("{week}/shifts/{shiftId}/places")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public RotaWeekView changePlaces(
            @PathParam("week") String week, @PathParam("shiftId") String shiftId, Map<String, Integer> places) {
        Map<CafeRole, Integer> counted = RotaApi.places(places);
        return shown(weekService.changePlaces(RotaWeek.parse(week), shiftId, counted, RotaApi.me(caller)));
    }

    private RotaWeekView shown(WeekAsShown week) {
        return RotaWeekView.of(week, Requests.locale(headers));
    }
}

package community.hub.web.booking.api;

import community.hub.Refusal;
import community.hub.ShownDays;
import community.hub.account.Account;
import community.hub.booking.Booking;
import community.hub.booking.BookingDecisions;
import community.hub.booking.BookingService;
import community.hub.booking.Bookings;
import community.hub.booking.Slot;
import community.hub.mail.SuggestionMailOutbox;
import community.hub.web.api.Problem;
import community.hub.web.security.Caller;
import community.hub.web.security.Roles;
import community.hub.web.suggestion.SuggestionGate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Bookings for staff and tenants (SPEC §4). A tenant sees its own organisation's bookings and public ones,
 * and changes only its own; another organisation's private booking is "not found" to it.
 * Each endpoint asks the booking service and the booking access rules, and decides nothing itself.
 */
@Path("bookings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TENANT})
public class BookingResource {

    @Inject
    private Bookings bookings;

    @Inject
    private BookingService bookingService;

    @Inject
    private BookingDecisions decisions;

    @Inject
    private Clock clock;

    @Inject
    private ShownDays shownDays;

    @Inject
    private Caller caller;

    @Inject
    private SuggestionMailOutbox suggestionMails;

    @Inject
    private SuggestionGate suggestionGate;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    /** Why a request was declined. */
    public record Decision(String reason) {}

    /** What a request would meet if it were made now. */
    public record Preview(int clashCount, List<Problem.ClashItem> clashes) {}

    @GET
    public List<BookingView> list(
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("roomId") Long roomId,
            @QueryParam("organisationId") Long organisationId) {
        ShownDays.Days days = shownDays.bookings(from, to);
        return bookings.visibleBetween(days.start(), days.finish(), roomId, organisationId, me()).stream()
                .map(BookingView::of)
                .toList();
    }

    @POST
    public Response book(BookingInput input) {
        Booking booking = input != null && input.suggestionId() != null
                ? fromIdea(input)
                : bookingService.book(input == null ? null : input.toRequest(), me());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(booking.getId()))
                        .build())
                .entity(BookingView.of(booking))
                .build();
    }

    @POST
    @Path("preview")
    public Preview preview(BookingInput input) {
        List<Problem.ClashItem> clashes =
                bookingService.preview(input == null ? null : input.toRequest(), me()).stream()
                        .map(Problem.ClashItem::of)
                        .toList();
        return new Preview(clashes.size(), clashes);
    }

    @GET
    @Path("{id}")
    public BookingView one(@PathParam("id") long id) {
        return BookingView.of(bookings.visibleTo(id, me()));
    }

    @PUT
    @Path("{id}")
    public Response change(@PathParam("id") long id, BookingInput input) {
        return changedOrAsked(id, bookingService.change(id, input == null ? null : input.toRequest(), me()));
    }

    @PUT
    @Path("{id}/from/{date}")
    public Response changeFrom(@PathParam("id") long id, @PathParam("date") LocalDate date, BookingInput input) {
        Booking continuation = bookingService.changeFrom(id, date, input == null ? null : input.toRequest(), me());
        return Response.created(uri.getBaseUriBuilder()
                        .path(BookingResource.class)
                        .path(String.valueOf(continuation.getId()))
                        .build())
                .entity(BookingView.of(continuation))
                .build();
    }

    @DELETE
    @Path("{id}")
    public BookingView cancel(@PathParam("id") long id) {
        return BookingView.of(decisions.cancel(id, me()));
    }

    @DELETE
    @Path("{id}/occurrences/{date}")
    public BookingView cancelDate(
            @PathParam("id") long id, @PathParam("date") LocalDate date, @QueryParam("following") boolean following) {
        return BookingView.of(
                following ? decisions.cancelFrom(id, date, me()) : decisions.cancelOccurrence(id, date, me()));
    }

    /** Where one date of a series moves to; times are Europe/London wall-clock. */
    public record Move(Long roomId, LocalDateTime start, LocalDateTime end) {}

    @PUT
    @Path("{id}/occurrences/{date}")
    public Response moveDate(@PathParam("id") long id, @PathParam("date") LocalDate date, Move move) {
        if (move == null || move.start() == null || move.end() == null) {
            throw Refusal.invalid("start", "booking.moveNeedsTimes");
        }
        if (!move.start().toLocalDate().equals(move.end().toLocalDate())) {
            throw Refusal.invalid("end", "booking.sameDay");
        }
        Slot slot = new Slot(
                move.start().toLocalDate(),
                move.start().toLocalTime(),
                move.end().toLocalTime());
        return changedOrAsked(id, bookingService.moveOccurrence(id, date, move.roomId(), slot, me()));
    }

    /** 200 with booking {id} when it changed itself; 201 naming the new booking (a continuation or a request) otherwise. */
    private Response changedOrAsked(long id, Booking changed) {
        if (changed.getId() == id) {
            return Response.ok(BookingView.of(changed)).build();
        }
        return Response.created(uri.getBaseUriBuilder()
                        .path(BookingResource.class)
                        .path(String.valueOf(changed.getId()))
                        .build())
                .entity(BookingView.of(changed))
                .build();
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public BookingView approve(@PathParam("id") long id) {
        return BookingView.of(decisions.approve(id, me()));
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public BookingView decline(@PathParam("id") long id, Decision decision) {
        return BookingView.of(decisions.decline(id, decision == null ? null : decision.reason(), me()));
    }

    private Booking fromIdea(BookingInput input) {
        if (!caller.isStaff()) {
            throw new ForbiddenException();
        }
        return suggestionMails.turnIntoBooking(
                input.suggestionId(), input.toRequest(), me(), suggestionGate.links(request));
    }

    private Account me() {
        return caller.account().orElseThrow(ForbiddenException::new);
    }
}

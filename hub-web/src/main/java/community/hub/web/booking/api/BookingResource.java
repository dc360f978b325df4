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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bookings for staff and tenants (SPEC §4). A tenant sees its own organisation's bookings and public ones,
 * and changes only its own; another organisation's private booking is "not found" to it.
 * Over 300 lines: one method for each booking endpoint of SPEC §4 with its OpenAPI annotations; each asks the booking
 * service and the booking access rules, and decides nothing itself.
 */
@Path("bookings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings")
@SecurityRequirement(name = "basic")
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
    @Operation(
            summary = "Bookings with an occurrence between two dates, visible to the caller",
            description = "from and to are dates (to excluded); by default the next four weeks.")
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
    @Operation(
            summary = "Book a room once or as a series",
            description = "201 with Location; 409 listing every clashing occurrence in clashes; 400 with field errors. "
                    + "With onlyFreeDates a series books the free dates and leaves out the rest. Staff book a residents' idea "
                    + "with suggestionId: the idea is then happening and its supporters are emailed.")
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
    @Operation(summary = "See the clashes a booking would meet, without booking it")
    public Preview preview(BookingInput input) {
        List<Problem.ClashItem> clashes =
                bookingService.preview(input == null ? null : input.toRequest(), me()).stream()
                        .map(Problem.ClashItem::of)
                        .toList();
        return new Preview(clashes.size(), clashes);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One booking with its occurrences and history")
    public BookingView one(@PathParam("id") long id) {
        return BookingView.of(bookings.visibleTo(id, me()));
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Change a booking's time, room or details from now on; checked again for clashes",
            description =
                    "Dates that have begun are history and keep their times and room. A series with such dates that "
                            + "changes its times, room or repeat pattern splits at its first date not begun, as PUT "
                            + "/api/bookings/{id}/from/{date} does: 201 with the new booking continuing it. New details alone, or a "
                            + "booking none of whose dates has begun, change the booking itself: 200. A tenant's change waits for "
                            + "approval unless its organisation is approved automatically: a request still waiting simply changes, "
                            + "but moving a confirmed booking is a request of its own (201, PENDING, changeOf whole_booking, "
                            + "followsBookingId {id}) that holds the new times while booking {id} stays exactly as it was. Approved, "
                            + "booking {id} takes the new times and the request goes; declined, booking {id} stays as it was and its "
                            + "history says why. Refused, nothing changes.")
    @APIResponse(
            responseCode = "200",
            description = "Changed: the booking itself",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingView.class)))
    @APIResponse(
            responseCode = "201",
            description =
                    "Changed from the series' first date not begun: the new booking that "
                            + "carries the changed dates; Location names it, and booking {id} keeps its dates that have begun. Or a "
                            + "tenant's move waiting for the hub: the request, named by Location; booking {id} is unchanged meanwhile",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is wrong, or every date of the booking has begun; errors name the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Some dates are not free (clashes lists every one), the booking is "
                    + "already cancelled or declined, a change of it is waiting for a decision, or a change that must wait overlaps, in "
                    + "the same room, the times it would replace (errors names start)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(@PathParam("id") long id, BookingInput input) {
        return changedOrAsked(id, bookingService.change(id, input == null ? null : input.toRequest(), me()));
    }

    @PUT
    @Path("{id}/from/{date}")
    @Operation(
            summary = "Change a series from one of its dates on: this date and the following ones",
            description =
                    "The body is a whole booking, as for PUT /api/bookings/{id}: the changed series from that date "
                            + "on (its start is the first changed date). The series splits, as calendar apps do it: booking {id} keeps "
                            + "its dates before {date} as they were and its rule ends the day before; a new booking, continuing it "
                            + "(followsBookingId), holds the changed dates and is checked like a new booking. A tenant's change waits "
                            + "for approval unless its organisation is approved automatically; until it is approved, booking {id} "
                            + "keeps its later dates, and declined, it stays as it was. Refused, nothing changes.")
    @APIResponse(
            responseCode = "201",
            description = "Changed: the new booking that carries the dates from {date} on; "
                    + "Location names it, and booking {id} now lists it in continuedAs",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is wrong, the date is the booking's first (change the whole "
                    + "booking), has begun, or the booking is not a series; errors name the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such booking for the caller, or no such date in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Some changed dates are not free (clashes lists every one), "
                    + "the booking is already cancelled or declined, a change of it is waiting for a decision, or a change that must "
                    + "wait overlaps, in the same room, the dates it would replace (errors names start)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @Operation(summary = "Cancel a booking; it stays, CANCELLED, for history and feeds")
    public BookingView cancel(@PathParam("id") long id) {
        return BookingView.of(decisions.cancel(id, me()));
    }

    @DELETE
    @Path("{id}/occurrences/{date}")
    @Operation(
            summary = "Cancel one date of a series",
            description = "With following=true, that date and every later one.")
    public BookingView cancelDate(
            @PathParam("id") long id, @PathParam("date") LocalDate date, @QueryParam("following") boolean following) {
        return BookingView.of(
                following ? decisions.cancelFrom(id, date, me()) : decisions.cancelOccurrence(id, date, me()));
    }

    /** Where one date of a series moves to; times are Europe/London wall-clock. */
    public record Move(Long roomId, LocalDateTime start, LocalDateTime end) {}

    @PUT
    @Path("{id}/occurrences/{date}")
    @Operation(
            summary = "Move one date of a series to another time or room, checked again for clashes",
            description =
                    "Calendar feeds show a moved date as an exception to the series: 200 with the booking. A tenant "
                            + "whose organisation's requests the hub decides, moving a date of a confirmed booking, asks for it: 201 "
                            + "with the request (PENDING, changeOf one_date, movesDate {date}, followsBookingId {id}), which holds "
                            + "the new time while the date stays where it was; approved, the date moves and the request goes; "
                            + "declined, the booking stays as it was and its history says why.")
    @APIResponse(
            responseCode = "200",
            description = "Moved: the booking",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Asked for: the request waiting for the hub; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The new time is not free (clashes lists it), or a change of the "
                    + "booking is already waiting for a decision, or a move that must wait overlaps the date's own time in the same "
                    + "room (errors names start)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @Operation(
            summary = "Approve a pending request (staff)",
            description =
                    "Answers with the booking as it now stands: the request, confirmed; or, for a request to move a "
                            + "booking or one of its dates, that booking with the move made (the request itself is then gone).")
    public BookingView approve(@PathParam("id") long id) {
        return BookingView.of(decisions.approve(id, me()));
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "Decline a pending request with a reason (staff)")
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

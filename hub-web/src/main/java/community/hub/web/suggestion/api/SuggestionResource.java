package community.hub.web.suggestion.api;

import community.hub.account.Account;
import community.hub.mail.SuggestionMailOutbox;
import community.hub.suggestion.IdeaDetails;
import community.hub.suggestion.Offers;
import community.hub.suggestion.Suggestion;
import community.hub.suggestion.SuggestionDesk;
import community.hub.suggestion.SuggestionService;
import community.hub.web.language.LanguageChoice;
import community.hub.web.security.Caller;
import community.hub.web.security.Roles;
import community.hub.web.suggestion.IdeaLists;
import community.hub.web.suggestion.SuggestionGate;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
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
import java.util.List;

/**
 * Residents' ideas (SPEC §4): anyone reads the published ones, suggests one and supports one; staff check the queue,
 * publish, set aside, merge, count supports given in person and answer; tenants offer to run one. A reader who is
 * not staff never meets an idea that is not published, nor anybody's email address.
 */
@Path("suggestions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    @Inject
    private IdeaLists lists;

    @Inject
    private SuggestionService residents;

    @Inject
    private SuggestionDesk desk;

    @Inject
    private SuggestionMailOutbox mails;

    @Inject
    private Offers offers;

    @Inject
    private SuggestionGate gate;

    /** The language the resident reads the hub in, which the hub's emails to them speak. */
    @Inject
    private LanguageChoice language;

    @Inject
    private Caller caller;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    @GET
    @PermitAll
    public Object list(@QueryParam("status") String status, @QueryParam("sort") String sort) {
        return caller.isStaff() ? lists.forStaff(status, sort) : lists.forPublic(status, sort);
    }

    @GET
    @Path("{id}")
    @PermitAll
    public Object one(@PathParam("id") long id) {
        return caller.isStaff() ? lists.forStaff(id) : lists.forPublic(id);
    }

    /** An idea as sent: what, more about it, who for (the hub's audience tags), when would suit, and an address. */
    public record IdeaInput(
            String title, String description, List<String> audience, String whenSuits, String email, Integer backedBy) {
        IdeaDetails details() {
            return IdeaDetails.of(title, description, audience, whenSuits);
        }
    }

    @POST
    @PermitAll
    public Response suggest(IdeaInput input) {
        IdeaInput sent = input == null ? new IdeaInput(null, null, null, null, null, null) : input;
        if (caller.isStaff()) {
            Suggestion idea = desk.recordInPerson(
                    sent.details(), sent.email(), sent.backedBy() == null ? 0 : sent.backedBy(), me());
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(String.valueOf(idea.getId()))
                            .build())
                    .entity(lists.forStaff(idea.getId()))
                    .build();
        }
        IdeaDetails details = sent.details();
        gate.count(request);
        residents.suggest(details, sent.email(), language.getLocale());
        return Response.accepted().build();
    }

    /** A support: a resident's address, or for staff how many people backed the idea in person. */
    public record SupportInput(String email, Integer people) {}

    @POST
    @Path("{id}/supports")
    @PermitAll
    public Response support(@PathParam("id") long id, SupportInput input) {
        SupportInput sent = input == null ? new SupportInput(null, null) : input;
        if (caller.isStaff() && sent.people() != null) {
            desk.addInPerson(id, sent.people(), me());
            return Response.ok(lists.forStaff(id)).build();
        }
        gate.count(request);
        mails.support(id, sent.email(), language.getLocale(), gate.links(request));
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Object publish(@PathParam("id") long id) {
        mails.publish(id, gate.links(request));
        return lists.forStaff(id);
    }

    /** Why an idea is kept out of public view: for staff only. */
    public record SetAsideInput(String reason) {}

    @POST
    @Path("{id}/set-aside")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Object setAside(@PathParam("id") long id, SetAsideInput input) {
        desk.setAside(id, input == null ? null : input.reason());
        return lists.forStaff(id);
    }

    /** The idea another is the same as. */
    public record MergeInput(Long into) {}

    @POST
    @Path("{id}/merge")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Object merge(@PathParam("id") long id, MergeInput input) {
        if (input == null || input.into() == null) {
            throw community.hub.Refusal.invalid("into", "suggestion.merge.itself");
        }
        return lists.forStaff(desk.merge(id, input.into()).getId());
    }

    /** The hub's public answer. */
    public record AnswerInput(String status, String answer) {}

    @POST
    @Path("{id}/answer")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Object answer(@PathParam("id") long id, AnswerInput input) {
        AnswerInput sent = input == null ? new AnswerInput(null, null) : input;
        mails.answer(id, IdeaLists.publicStatus(sent.status()), sent.answer(), gate.links(request));
        return lists.forStaff(id);
    }

    /** An organisation's offer, with a note for staff. */
    public record OfferInput(String note) {}

    @POST
    @Path("{id}/offers")
    @RolesAllowed(Roles.TENANT)
    public Response offer(@PathParam("id") long id, OfferInput input) {
        offers.offer(id, input == null ? null : input.note(), me());
        return Response.created(uri.getBaseUriBuilder()
                        .path("suggestions")
                        .path(String.valueOf(id))
                        .build())
                .entity(lists.forPublic(id))
                .build();
    }

    private Account me() {
        return caller.account().orElseThrow(ForbiddenException::new);
    }
}

package community.hub.web.organisation.api;

import community.hub.Refusal;
import community.hub.account.AccountService;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationDetails;
import community.hub.organisation.OrganisationService;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Organisations that use the hub: staff see them all, a tenant only its own, the hub manager changes them. */
@Path("organisations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccountService accounts;

    @Inject
    private Caller caller;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public List<OrganisationView> list() {
        return organisations.all().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TENANT})
    public OrganisationView one(@PathParam("id") long id) {
        Organisation organisation = organisations.byId(id);
        if (caller.account().filter(account -> account.actsFor(organisation)).isEmpty()) {
            throw Refusal.notFound("organisation.notFound", id);
        }
        return view(organisation);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response add(OrganisationDetails details) {
        Organisation organisation = organisations.add(details);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(organisation.getId()))
                        .build())
                .entity(view(organisation))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public OrganisationView revise(@PathParam("id") long id, OrganisationDetails details) {
        return view(organisations.revise(id, details));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public OrganisationView retire(@PathParam("id") long id) {
        return view(organisations.retire(id));
    }

    private OrganisationView view(Organisation organisation) {
        return OrganisationView.of(organisation, accounts.members(organisation.getId()));
    }
}

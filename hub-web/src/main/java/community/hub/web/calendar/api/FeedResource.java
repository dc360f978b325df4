package community.hub.web.calendar.api;

import community.hub.account.Account;
import community.hub.calendar.FeedService;
import community.hub.calendar.FeedToken;
import community.hub.web.api.EnumJson;
import community.hub.web.api.Requests;
import community.hub.web.calendar.PrivateFeed;
import community.hub.web.calendar.SubscribeLinks;
import community.hub.web.security.Caller;
import community.hub.web.security.Roles;
import community.hub.web.setup.HubAddress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** The caller's private calendar feeds: their addresses, and replacing a token that has leaked. */
@Path("me/feeds")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TENANT, Roles.VOLUNTEER})
public class FeedResource {

    @Inject
    private FeedService feeds;

    @Inject
    private Caller caller;

    @Inject
    private HubAddress address;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    /** One private feed and the ways to subscribe to it. */
    public record FeedView(
            long id, String kind, String url, String webcal, String google, String outlook, Instant issuedAt) {}

    @GET
    public List<FeedView> mine() {
        return feeds.feedsOf(me()).stream().map(this::view).toList();
    }

    @POST
    public List<FeedView> open() {
        return feeds.openFeedsOf(me()).stream().map(this::view).toList();
    }

    @POST
    @Path("{id}/rotate")
    public FeedView rotate(@PathParam("id") long id) {
        return view(feeds.rotate(id, me()));
    }

    private FeedView view(FeedToken feed) {
        SubscribeLinks links = PrivateFeed.of(
                        feed, feeds, URI.create(address.base(request) + "/"), Requests.locale(headers))
                .links();
        return new FeedView(
                feed.getId(),
                EnumJson.name(feed.getKind()),
                links.address(),
                links.webcal(),
                links.google(),
                links.outlook(),
                feed.getIssuedAt());
    }

    private Account me() {
        return caller.account().orElseThrow(ForbiddenException::new);
    }
}

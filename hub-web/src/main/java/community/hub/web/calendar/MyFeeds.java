package community.hub.web.calendar;

import community.hub.account.Account;
import community.hub.calendar.FeedService;
import community.hub.web.FieldMessages;
import community.hub.web.language.Formats;
import community.hub.web.security.Caller;
import community.hub.web.setup.HubAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.omnifaces.util.Faces;

/** The signed-in person's private calendar feeds on their own page, with a way to replace an address that leaked. */
@Named
@RequestScoped
public class MyFeeds {

    @Inject
    private FeedService feeds;

    @Inject
    private Caller caller;

    @Inject
    private HubAddress address;

    @Inject
    private ExternalContext external;

    private List<PrivateFeed> mine;

    public List<PrivateFeed> getMine() {
        if (mine == null) {
            mine = feeds.openFeedsOf(me()).stream()
                    .map(feed -> PrivateFeed.of(feed, feeds, hubRoot(), Formats.locale()))
                    .toList();
        }
        return mine;
    }

    /** Revokes the feed's address at once and issues a new one, then shows the page again with the new address. */
    public String rotate(long feedId) {
        if (!FieldMessages.attempted(() -> feeds.rotate(feedId, me()))) {
            return null;
        }
        FieldMessages.done(caller.isVolunteer() ? "feeds.volunteer.rotated" : "feeds.rotated");
        return Faces.getViewId() + "?faces-redirect=true";
    }

    private Account me() {
        return caller.account().orElseThrow();
    }

    private URI hubRoot() {
        return URI.create(address.base((HttpServletRequest) external.getRequest()) + "/");
    }
}

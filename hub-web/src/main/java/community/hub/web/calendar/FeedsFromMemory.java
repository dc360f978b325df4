package community.hub.web.calendar;

import community.hub.web.security.SecurityHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The hub feed answered straight from memory for the calendar door, while the feed built last is known to be
 * current: without the cross-context forward, which cost about a third of a cached request. The door finds this in
 * the hub's servlet context under {@link #ATTRIBUTE} and knows it only as a {@link BiPredicate} of the request and
 * response (JDK and Servlet types, which both web modules share): true when it answered, false when the request must
 * go the long way (to the hub's feed servlet), as it must for anything but the public hub feed, for a feed not built
 * yet, and once a second to ask the database whether anything changed. It touches no CDI bean and no database, since
 * it runs in the door's module.
 */
public final class FeedsFromMemory implements BiPredicate<HttpServletRequest, HttpServletResponse> {

    /** The name the door looks for. The door keeps its own copy of it (CalendarDoor.FROM_MEMORY). */
    public static final String ATTRIBUTE = "community.hub.feeds-from-memory";

    private final Function<HubFeedAsked, Optional<BuiltFeed>> currentHubFeed;
    private final FeedCounts counts;

    FeedsFromMemory(Function<HubFeedAsked, Optional<BuiltFeed>> currentHubFeed, FeedCounts counts) {
        this.currentHubFeed = currentHubFeed;
        this.counts = counts;
    }

    @Override
    public boolean test(HttpServletRequest request, HttpServletResponse response) {
        Optional<BuiltFeed> feed = find(
                request.getPathInfo(),
                request.getParameter("type"),
                request.getParameter("audience"),
                request.getParameter("lang"));
        if (feed.isEmpty()) {
            return false;
        }
        SecurityHeaders.apply(response);
        counts.asked();
        try {
            if (FeedAnswer.send(feed.get(), request, response)) {
                counts.notModified();
            }
        } catch (IOException clientWentAway) {
            throw new UncheckedIOException(clientWentAway);
        }
        return true;
    }

    /** The current hub feed for this path and query, if it is in memory; nothing for any other feed. */
    Optional<BuiltFeed> find(String pathInfo, String type, String audience, String language) {
        if (!"/hub.ics".equals(pathInfo)) {
            return Optional.empty();
        }
        return HubFeedAsked.of(type, audience, language).flatMap(currentHubFeed);
    }
}

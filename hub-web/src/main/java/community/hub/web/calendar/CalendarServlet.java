package community.hub.web.calendar;

import community.hub.web.Text;
import community.hub.web.language.Languages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /calendar/hub.ics}, {@code /calendar/rooms/{slug}.ics} and {@code /calendar/feeds/{token}.ics} (SPEC §5):
 * no session, no cookie; ETag and Last-Modified with 304 for conditional requests; gzip when the client takes it.
 */
@WebServlet(urlPatterns = "/calendar/*", loadOnStartup = 1)
public class CalendarServlet extends HttpServlet {

    private static final Pattern ROOM = Pattern.compile("/rooms/([a-z0-9-]{1,40})\\.ics");
    private static final Pattern PERSONAL = Pattern.compile("/feeds/([A-Za-z0-9_-]{20,100})\\.ics");

    @Inject
    private transient CalendarFeeds feeds;

    @Inject
    private transient FeedCounts counts;

    /** Lets the calendar door answer the hub feed from memory while it is known to be current (FeedsFromMemory). */
    @Override
    public void init() {
        getServletContext().setAttribute(FeedsFromMemory.ATTRIBUTE, feeds.fromMemory());
    }

    /** A hub being stopped or redeployed answers nothing more from memory. */
    @Override
    public void destroy() {
        getServletContext().removeAttribute(FeedsFromMemory.ATTRIBUTE);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        counts.asked();
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        Optional<BuiltFeed> feed;
        Matcher room = ROOM.matcher(path);
        Matcher personal = PERSONAL.matcher(path);
        if (path.equals("/hub.ics")) {
            Optional<HubFeedAsked> asked = HubFeedAsked.of(
                    request.getParameter("type"), request.getParameter("audience"), request.getParameter("lang"));
            if (asked.isEmpty()) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, Text.get(language(request), "feed.unknownType"));
                return;
            }
            feed = Optional.of(feeds.hub(asked.get()));
        } else if (room.matches()) {
            feed = feeds.room(
                    room.group(1),
                    Languages.spoken(request.getParameter("lang")).orElse(Languages.base()));
        } else if (personal.matches()) {
            feed = feeds.personal(personal.group(1));
        } else {
            feed = Optional.empty();
        }
        if (feed.isEmpty()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, Text.get(language(request), "feed.noSuchFeed"));
            return;
        }
        if (FeedAnswer.send(feed.get(), request, response)) {
            counts.notModified();
        }
    }

    /** The language asked for by {@code ?lang=}, else the first of the caller's the hub speaks. */
    private static java.util.Locale language(HttpServletRequest request) {
        return Languages.spoken(request.getParameter("lang"))
                .or(() -> new Languages().firstSpoken(java.util.Collections.list(request.getLocales())))
                .orElse(Languages.base());
    }

    /**
     * A short plain-text answer: whoever reads it is a calendar app or someone who pasted the link, and the hub's own
     * error pages cannot be shown to requests that come through the calendar door.
     */
    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print(message);
    }
}

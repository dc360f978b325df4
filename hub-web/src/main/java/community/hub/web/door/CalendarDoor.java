package community.hub.web.door;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * The only servlet of the calendar door, the small web module deployed at {@code /calendar} beside the hub (README,
 * "How feeds are served"). It hands each feed request to the hub's own {@code /calendar/*} servlet by a cross-context
 * forward, so calendar apps polling feeds skip the sign-in round that Jakarta Security runs for every request of the
 * hub's module: feeds are public, or opened by their token, and never need it. Not registered in the hub itself.
 *
 * <p>While the hub feed the hub built last is known to be current, the hub answers it from memory without the
 * forward: the hub leaves an answerer in its servlet context under {@link #FROM_MEMORY}, a
 * {@code BiPredicate<HttpServletRequest, HttpServletResponse>} (types both modules share) that says whether it answered.
 *
 * <p>A forward runs no security constraint, so only paths shaped like a feed are let through: segments of letters,
 * digits, {@code -} and {@code _}, the last ending in {@code .ics}. No dot segment can reach another page of the hub.
 */
public class CalendarDoor extends HttpServlet {

    private static final Pattern FEED_PATH = Pattern.compile("(/[A-Za-z0-9_-]{1,100})?/[A-Za-z0-9_-]{1,100}\\.ics");
    private static final String HUB_FEEDS = "/calendar";
    /** The hub feed's path, asked for far more often than any other. */
    private static final Optional<String> HUB_FEED = Optional.of(HUB_FEEDS + "/hub.ics");
    /** Where the hub leaves its answerer (community.hub.web.calendar.FeedsFromMemory.ATTRIBUTE). */
    static final String FROM_MEMORY = "community.hub.feeds-from-memory";

    private static final String WORDS = "community.hub.web.door.Door";
    private static final ResourceBundle.Control BASE_IS_THE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private transient String hubContext;
    private transient volatile ServletContext knownHub;

    @Override
    public void init() {
        hubContext = Optional.ofNullable(getInitParameter("hub-context")).orElse("/");
    }

    /** Feeds are only read: anything but GET and HEAD is answered here, in plain words, as the hub would. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
            super.service(request, response);
            return;
        }
        response.setHeader("Allow", "GET, HEAD");
        if (request.getMethod().equals("TRACE")) {
            // what a TRACE carried would be read as the next request on the connection: it ends with this answer
            response.setHeader("Connection", "close");
        }
        refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, say(request, "onlyRead"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<String> path = feedPath(request.getPathInfo());
        if (path.isEmpty()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, say(request, "noSuchFeed"));
            return;
        }
        if (answeredFromMemory(request, response)) {
            return;
        }
        ServletContext hub = hub();
        if (hub == null) {
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, say(request, "starting"));
            return;
        }
        RequestDispatcher feeds = hub.getRequestDispatcher(path.get());
        feeds.forward(request, response);
    }

    /** The hub's web module, or null while it is not deployed. */
    private ServletContext hub() {
        ServletContext hub = getServletContext().getContext(hubContext);
        return hub == getServletContext() ? null : hub;
    }

    /**
     * Whether the hub answered from memory. Its module is looked up again only when the one known has no answerer
     * (first request, or the hub redeployed: its feed servlet takes the answerer away when it stops), since the lookup
     * costs about a twentieth of a cached request.
     */
    private boolean answeredFromMemory(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletContext hub = knownHub;
        Object answerer = hub == null ? null : hub.getAttribute(FROM_MEMORY);
        if (answerer == null) {
            hub = hub();
            knownHub = hub;
            answerer = hub == null ? null : hub.getAttribute(FROM_MEMORY);
        }
        if (!(answerer instanceof BiPredicate<?, ?> found)) {
            return false;
        }
        @SuppressWarnings("unchecked")
        BiPredicate<HttpServletRequest, HttpServletResponse> fromMemory =
                (BiPredicate<HttpServletRequest, HttpServletResponse>) found;
        try {
            return fromMemory.test(request, response);
        } catch (UncheckedIOException clientWentAway) {
            throw clientWentAway.getCause();
        }
    }

    /** The door's words in the caller's language, when it has a bundle for it; the base (English) otherwise. */
    private static String say(HttpServletRequest request, String key) {
        return ResourceBundle.getBundle(WORDS, request.getLocale(), BASE_IS_THE_FALLBACK)
                .getString(key);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().print(message);
    }

    /** The hub's path for a requested feed path, or nothing when the request is not for a feed. */
    static Optional<String> feedPath(String pathInfo) {
        if ("/hub.ics".equals(pathInfo)) {
            return HUB_FEED;
        }
        if (pathInfo == null || !FEED_PATH.matcher(pathInfo).matches()) {
            return Optional.empty();
        }
        return Optional.of(HUB_FEEDS + pathInfo);
    }
}

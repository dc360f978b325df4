package community.hub.web.calendar;

import community.hub.booking.ActivityType;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /calendar/hub.ics}, {@code /calendar/rooms/{slug}.ics} and {@code /calendar/feeds/{token}.ics} (SPEC §5):
 * no session, no cookie; ETag and Last-Modified with 304 for conditional requests; gzip when the client takes it.
 */
@WebServlet(urlPatterns = "/calendar/*")
public class CalendarServlet extends HttpServlet {

    private static final Pattern ROOM = Pattern.compile("/rooms/([a-z0-9-]{1,40})\\.ics");
    private static final Pattern PERSONAL = Pattern.compile("/feeds/([A-Za-z0-9_-]{20,100})\\.ics");
    private static final long MAX_AGE_SECONDS = 300;
    private static final String NO_SUCH_FEED = "There is no calendar feed at this address. If it was your own feed, its link "
            + "may have been replaced: copy the new one from My calendar feeds.";

    @Inject
    private transient CalendarFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        Optional<BuiltFeed> feed;
        Matcher room = ROOM.matcher(path);
        Matcher personal = PERSONAL.matcher(path);
        if (path.equals("/hub.ics")) {
            Optional<Set<ActivityType>> types = types(request.getParameter("type"));
            if (types.isEmpty()) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST,
                        "Unknown activity type. Leave out type= for every activity.");
                return;
            }
            String audience = request.getParameter("audience");
            feed = Optional.of(feeds.hub(types.get(), audience == null || audience.isBlank() ? null : audience.trim()));
        } else if (room.matches()) {
            feed = feeds.room(room.group(1));
        } else if (personal.matches()) {
            feed = feeds.personal(personal.group(1));
        } else {
            feed = Optional.empty();
        }
        if (feed.isEmpty()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, NO_SUCH_FEED);
            return;
        }
        send(feed.get(), request, response);
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

    /**
     * Sends the feed gzipped when the client takes gzip, else as it is. Each coding is its own representation with its
     * own ETag, and a conditional request is answered 304 only for the tag of the one it would get; {@code Vary} tells
     * caches that the answer depends on Accept-Encoding, on 304s too.
     */
    private static void send(BuiltFeed feed, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = feed.etag(gzip);
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", feed.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", (feed.personal() ? "private" : "public") + ", max-age=" + MAX_AGE_SECONDS);
        response.setHeader("Vary", "Accept-Encoding");
        if (unchanged(etag, feed, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "inline; filename=\"" + feed.fileName() + "\"");
        byte[] body = feed.body(gzip);
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * Whether the Accept-Encoding header takes gzip: gzip (or x-gzip) named without {@code q=0}, or, when neither is
     * named, {@code *} without {@code q=0}.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean any = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return !refused(parts);
            }
            if (name.equals("*")) {
                any = !refused(parts);
            }
        }
        return Boolean.TRUE.equals(any);
    }

    /** Whether a coding's parameters give it {@code q=0}. */
    private static boolean refused(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim()) <= 0;
                } catch (NumberFormatException unreadable) {
                    return true;
                }
            }
        }
        return false;
    }

    /** If-None-Match (compared weakly, as RFC 9110 says) against the tag being sent; else If-Modified-Since. */
    private static boolean unchanged(String etag, BuiltFeed feed, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.trim().equals("*") || Arrays.stream(ifNoneMatch.split(","))
                    .map(String::trim).map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag).anyMatch(etag::equals);
        }
        long ifModifiedSince = request.getDateHeader("If-Modified-Since");
        return ifModifiedSince > 0 && ifModifiedSince / 1000 >= feed.lastModified().getEpochSecond();
    }

    /** The activity types asked for: none means all; an unknown one is an error. */
    private static Optional<Set<ActivityType>> types(String parameter) {
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        if (parameter == null || parameter.isBlank()) {
            return Optional.of(types);
        }
        for (String name : parameter.split(",")) {
            Optional<ActivityType> type = Arrays.stream(ActivityType.values())
                    .filter(candidate -> candidate.name().equalsIgnoreCase(name.trim())).findFirst();
            if (type.isEmpty()) {
                return Optional.empty();
            }
            types.add(type.get());
        }
        return Optional.of(types);
    }
}

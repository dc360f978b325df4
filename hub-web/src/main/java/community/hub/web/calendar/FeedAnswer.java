package community.hub.web.calendar;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;

/** How a built feed is sent: validators, caching headers, 304 for a conditional request, gzip when taken. */
final class FeedAnswer {

    private static final String PUBLIC_FIVE_MINUTES = "public, max-age=300";
    private static final String PRIVATE_FIVE_MINUTES = "private, max-age=300";

    /**
     * A year's feed is about a megabyte. Each write reaches the socket through a temporary direct buffer of the write's
     * size, which the JDK keeps for each thread that wrote; written in slices, those stay small (bench/README.md [9]).
     */
    static final int WRITE_SLICE = 64 * 1024;

    private FeedAnswer() {}

    /**
     * Sends the feed gzipped when the client takes gzip, else as it is. Each coding is its own representation with its
     * own ETag, and a conditional request is answered 304 only for the tag of the one it would get; {@code Vary} tells
     * caches that the answer depends on Accept-Encoding, on 304s too.
     *
     * @return whether it answered 304 Not Modified
     */
    static boolean send(BuiltFeed feed, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = feed.etag(gzip);
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", feed.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", feed.personal() ? PRIVATE_FIVE_MINUTES : PUBLIC_FIVE_MINUTES);
        response.setHeader("Vary", "Accept-Encoding");
        if (unchanged(etag, feed, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "inline; filename=\"" + feed.fileName() + "\"");
        byte[] body = feed.body(gzip);
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        writeInSlices(body, response.getOutputStream());
        return false;
    }

    static void writeInSlices(byte[] body, OutputStream out) throws IOException {
        for (int from = 0; from < body.length; from += WRITE_SLICE) {
            out.write(body, from, Math.min(WRITE_SLICE, body.length - from));
        }
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
            return ifNoneMatch.equals(etag)
                    || ifNoneMatch.trim().equals("*")
                    || Arrays.stream(ifNoneMatch.split(","))
                            .map(String::trim)
                            .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                            .anyMatch(etag::equals);
        }
        long ifModifiedSince = request.getDateHeader("If-Modified-Since");
        return ifModifiedSince > 0
                && ifModifiedSince / 1000 >= feed.lastModified().getEpochSecond();
    }
}

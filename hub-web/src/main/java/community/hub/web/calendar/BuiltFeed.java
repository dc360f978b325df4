package community.hub.web.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A feed ready to send: its bytes plain and gzipped, the ETag of each and when it last changed. The two bodies are
 * different representations, so each has its own strong ETag: the gzipped one is the plain one's with {@code -gzip}
 * inside the quotes.
 */
record BuiltFeed(byte[] body, byte[] gzipped, String etag, Instant lastModified, String fileName, boolean personal) {

    /** The ETag of the gzipped body. */
    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    /** The body for the coding chosen, gzip or none. */
    byte[] body(boolean gzip) {
        return gzip ? gzipped : body;
    }

    /** The ETag of the body for the coding chosen. */
    String etag(boolean gzip) {
        return gzip ? gzipEtag() : etag;
    }

    static BuiltFeed of(String text, Instant lastModified, String fileName, boolean personal) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new BuiltFeed(body, gzip(body), etag(body), lastModified, fileName, personal);
    }

    /** The ETag the text would have as a feed, without building one. */
    static String etagOf(String text) {
        return etag(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String etag(byte[] body) {
        try {
            return "\""
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}

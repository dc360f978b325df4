package community.hub.web;

import community.hub.Refusal;
import community.hub.web.language.Formats;
import java.util.Optional;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;

/**
 * Answers a page request with 404 and the friendly "not found" page: what a page shows for an id the caller may
 * not see (another organisation's booking or statement), so it cannot tell "not yours" from "not there".
 */
public final class NotFoundPage {

    private NotFoundPage() {}

    public static void send() {
        Faces.responseSendError(404, Text.get(Formats.locale(), "problem.notFound.title"));
    }

    /**
     * What the page reads, or "not found" when the hub refuses it (not there, or not the caller's to see).
     *
     * @return what was read; empty when the answer is already "not found"
     */
    public static <T> Optional<T> unlessRefused(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (Refusal refused) {
            send();
            return Optional.empty();
        }
    }
}

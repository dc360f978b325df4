package community.hub.web;

import community.hub.web.language.Formats;
import org.omnifaces.util.Faces;

/**
 * Answers a page request with 404 and the friendly "not found" page: what a page shows for an id the caller may
 * not see (another organisation's booking or statement), so it cannot tell "not yours" from "not there".
 */
public final class NotFoundPage {

    private NotFoundPage() {
    }

    public static void send() {
        Faces.responseSendError(404, Text.get(Formats.locale(), "problem.notFound.title"));
    }
}

package community.hub.web.api;

import community.hub.web.language.Languages;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** What the API needs to know about the request it is answering. */
public final class Requests {

    private Requests() {}

    /** The first of the caller's languages (Accept-Language) that the hub speaks; the base language when none is. */
    public static Locale locale(HttpHeaders headers) {
        if (headers == null || headers.getAcceptableLanguages().isEmpty()) {
            return Languages.base();
        }
        return new Languages().firstSpoken(headers.getAcceptableLanguages()).orElse(Languages.base());
    }
}

package community.hub.web.api;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** What the API needs to know about the request it is answering. */
public final class Requests {

    private Requests() {
    }

    /** The caller's language, English when they name none the hub speaks. */
    public static Locale locale(HttpHeaders headers) {
        if (headers == null || headers.getAcceptableLanguages().isEmpty()) {
            return Locale.UK;
        }
        Locale wanted = headers.getAcceptableLanguages().get(0);
        return "*".equals(wanted.getLanguage()) ? Locale.UK : wanted;
    }
}

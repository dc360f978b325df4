package community.hub.web.language;

import community.hub.account.Account;
import community.hub.web.Text;
import community.hub.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language this request is answered in: the account's choice when someone signed in has made one, else the one
 * picked with the switcher during this visit (a cookie, so public pages stay without a session), else the first of
 * the browser's languages the hub speaks, else the base language. Pages know it as {@code #{language}}.
 */
@Named("language")
@RequestScoped
public class LanguageChoice {

    /** The switcher's cookie: a language tag, kept until the browser closes. */
    public static final String COOKIE = "hub-language";

    @Inject
    private Languages languages;

    @Inject
    private Caller caller;

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = caller.account()
                    .flatMap(Account::language)
                    .flatMap(chosen -> languages.supported(chosen.toLanguageTag()))
                    .or(this::switched)
                    .or(() -> languages.firstSpoken(Collections.list(request.getLocales())))
                    .orElse(languages.all().get(0));
        }
        return locale;
    }

    /** For the {@code lang} attribute of the page. */
    public String getTag() {
        return getLocale().toLanguageTag();
    }

    /** The other languages, each named in itself, for the switcher. */
    public List<Language> getOthers() {
        return languages.all().stream()
                .filter(other -> !other.equals(getLocale()))
                .map(other -> new Language(other.toLanguageTag(), Text.get(other, "language.name")))
                .toList();
    }

    /** Every language, each named in itself, for a choice on My account. */
    public List<Language> getAll() {
        return languages.all().stream()
                .map(one -> new Language(one.toLanguageTag(), Text.get(one, "language.name")))
                .toList();
    }

    /** Where the switcher brings the person back to: this page, as they asked for it. */
    public String getHere() {
        String query = request.getQueryString();
        // an error page or a forward shows under the address the person asked for
        String uri = (String) Optional.ofNullable(request.getAttribute("jakarta.servlet.error.request_uri"))
                .or(() -> Optional.ofNullable(request.getAttribute("jakarta.servlet.forward.request_uri")))
                .orElse(request.getRequestURI());
        return query == null ? uri : uri + "?" + query;
    }

    private Optional<Locale> switched() {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(cookie -> COOKIE.equals(cookie.getName()))
                        .map(Cookie::getValue)
                        .map(languages::supported)
                        .flatMap(Optional::stream)
                        .findFirst();
    }

    /** A language as the switcher offers it: its tag and its own name for itself ("Polski"). */
    public record Language(String tag, String name) {}
}

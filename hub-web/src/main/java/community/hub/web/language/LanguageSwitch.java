package community.hub.web.language;

import community.hub.account.AccountService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The language switcher on every page posts here: the language is kept in a cookie for the rest of the visit (no
 * session, so public pages stay without one) and, for someone signed in, as their account's choice; then the person
 * is back on the page they were on.
 */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

    @Inject
    private Languages languages;

    @Inject
    private AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Locale> chosen = languages.supported(request.getParameter("to"));
        if (chosen.isPresent()) {
            Cookie cookie = new Cookie(LanguageChoice.COOKIE, chosen.get().toLanguageTag());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            if (request.getUserPrincipal() != null) {
                accounts.speak(request.getUserPrincipal().getName(), chosen.get());
            }
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back(request));
    }

    /** Only a path on this hub, never another site ("//elsewhere" or "https://…"). */
    private static String back(HttpServletRequest request) {
        String back = request.getParameter("back");
        String home = request.getContextPath() + "/";
        return back == null
                        || !back.startsWith("/")
                        || back.startsWith("//")
                        || back.contains("\\")
                        || back.contains("\r")
                        || back.contains("\n")
                ? home
                : back;
    }
}

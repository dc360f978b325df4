package community.hub.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A session made before anyone signs in (a page that keeps its state, such as setting a password from a link) lasts ten
 * idle minutes, not the hour a signed-in person gets ({@link HubAuthentication} gives that at sign-in): visitors cannot
 * fill the server with sessions that wait an hour. Public pages make none at all (layout.xhtml).
 *
 * <p>The session cookie is {@code SameSite=Lax}: another site's form or script cannot send it along. web.xml asks for
 * that, but Payara does not send what web.xml asks; it is set on the container's session cookie configuration here,
 * and at sign-in the cookie is written again with it where the container still left it out ({@link #sessionCookie}).
 */
@WebListener
public class VisitorSessions implements HttpSessionListener, ServletContextListener {

    static final int VISITOR_SECONDS = 10 * 60;
    private static final String SESSION_COOKIE = "JSESSIONID=";

    @Override
    public void contextInitialized(ServletContextEvent started) {
        started.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
    }

    /**
     * The session cookie about to be sent, with {@code SameSite=Lax} if it has no SameSite of its own, and
     * {@code Secure} when the request came over https (through a trusted proxy: the container, which sees plain HTTP,
     * leaves it out).
     */
    static void sessionCookie(HttpServletResponse response, boolean secure) {
        List<String> cookies = List.copyOf(response.getHeaders("Set-Cookie"));
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            String sent = cookie;
            if (cookie.startsWith(SESSION_COOKIE)) {
                List<String> attributes = Arrays.stream(cookie.split(";"))
                        .map(attribute -> attribute.strip().toLowerCase(Locale.ROOT))
                        .toList();
                sent += attributes.stream().anyMatch(attribute -> attribute.startsWith("samesite"))
                        ? ""
                        : "; SameSite=Lax";
                sent += secure && !attributes.contains("secure") ? "; Secure" : "";
            }
            if (i == 0) {
                response.setHeader("Set-Cookie", sent);
            } else {
                response.addHeader("Set-Cookie", sent);
            }
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent created) {
        created.getSession().setMaxInactiveInterval(VISITOR_SECONDS);
    }
}

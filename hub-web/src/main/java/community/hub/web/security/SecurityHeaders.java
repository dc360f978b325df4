package community.hub.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Safe defaults on every response: no MIME sniffing, no framing by other sites, no referrer leaking
 * to other sites, no browser features the hub never uses, and a content security policy: scripts, styles, images and
 * fonts from the hub itself only, forms sent only to the hub, no plugins. PrimeFaces and Faces write scripts into the
 * page, so inline scripts stay allowed. What a signed-in caller is answered (pages and the API alike) is never stored
 * by a browser or a proxy ({@code Cache-Control: no-store}): the next person at a shared computer cannot page back to it. Forwards too, so feeds reaching the hub through the
 * calendar door ({@link community.hub.web.door.CalendarDoor}) carry them; the hub feed the door answers from memory
 * passes no filter of the hub's and sets them with {@link #apply}.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class SecurityHeaders extends HttpFilter {

    static final String POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                    + "form-action 'self'; frame-ancestors 'self'";
    /** Stylesheets and scripts, the same for everyone. */
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response);
        response.setHeader("Content-Security-Policy", POLICY);
        if (request.getUserPrincipal() != null
                && !request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Sets the safe defaults, for answers that pass no filter of the hub's (the hub feed answered from memory). */
    public static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    }
}

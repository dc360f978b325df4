package community.hub.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Pages are read (GET, HEAD) and their forms sent (POST); OPTIONS says so. Any other method is refused with 405 and the
 * hub's own page, where Faces would otherwise render the page as if it had been asked for.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class PageMethods extends HttpFilter {

    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");
    private static final String ALLOW = "GET, HEAD, POST, OPTIONS";

    /** GET, HEAD or POST: the methods Faces renders a page for. */
    public static boolean isPageMethod(String method) {
        return PAGE_METHODS.contains(method);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (isPageMethod(method)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Allow", ALLOW);
        if ("OPTIONS".equals(method)) {
            response.setContentLength(0);
            return;
        }
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
}

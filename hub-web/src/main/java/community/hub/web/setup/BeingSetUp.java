package community.hub.web.setup;

import community.hub.account.HubSetup;
import community.hub.web.Text;
import community.hub.web.api.Problem;
import community.hub.web.security.SecurityHeaders;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Until the hub manager has used the setup link (no account exists yet), every page says the hub is being set up and
 * the API answers 503 with a problem. Only the setup page, the pages' styles and scripts, feeds and the server's own
 * endpoints (health, so a load balancer sees the hub ready for its manager) pass.
 */
@WebFilter(urlPatterns = "/*")
public class BeingSetUp extends HttpFilter {

    static final String PAGE = "/being-set-up.xhtml";
    /** What passes: the setup page, styles and scripts, feeds, and the server's health, metrics and OpenAPI document. */
    private static final List<String> OPEN = List.of(
            "/setup.xhtml",
            PAGE,
            "/jakarta.faces.resource/",
            "/resources/",
            "/calendar/",
            "/favicon.ico",
            "/health",
            "/metrics",
            "/openapi");

    private static final String RETRY_SECONDS = "300";

    @Inject
    private HubSetup setup;

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN.stream().anyMatch(path::startsWith) || setup.isSetUp()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_SECONDS);
        if (path.equals("/api") || path.startsWith("/api/")) {
            SecurityHeaders.apply(response);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write(jsonb.toJson(Problem.of(
                            HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                            Text.get(request.getLocale(), "problem.beingSetUp.title"),
                            Text.get(request.getLocale(), "problem.beingSetUp.detail"))));
            return;
        }
        request.getRequestDispatcher(PAGE).forward(request, response);
    }
}

package community.hub.web;

import community.hub.web.api.Problem;
import community.hub.web.security.PageMethods;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Every error the server itself answers (web.xml's error pages), in the caller's terms: under {@code /api} as RFC 9457
 * problem details, never the server's own HTML page naming it; elsewhere the hub's friendly page. A page posted back
 * after its view expired, or with a view state the hub never made, is a stale form (400, {@link StaleForm}) with the
 * "this page timed out, try again" page, not a failure of the hub's.
 */
@WebServlet("/error/answer")
public class ErrorAnswer extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int status = statusOf(request);
        response.setStatus(status);
        String path = uri.toString().substring(request.getContextPath().length());
        if (path.equals("/api") || path.startsWith("/api/")) {
            problem(request, response, status);
        } else {
            request.getRequestDispatcher(page(status)).forward(asPageRequest(request), response);
        }
    }

    /** Faces renders a page for GET, HEAD and POST only: the answer to a PATCH is the same page a GET would get. */
    private static HttpServletRequest asPageRequest(HttpServletRequest request) {
        if (PageMethods.isPageMethod(request.getMethod())) {
            return request;
        }
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }

    private static int statusOf(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code && code >= 400 ? code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static String page(int status) {
        return switch (status) {
            case 403 -> "/error/forbidden.xhtml";
            case 404 -> "/error/not-found.xhtml";
            case 405 -> "/error/not-allowed.xhtml";
            default -> status < 500 ? "/error/bad-request.xhtml" : "/error/unexpected.xhtml";
        };
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException {
        String key = Problem.textsFor(status);
        Locale locale = request.getLocale();
        response.resetBuffer();
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(JSON.toJson(
                        Problem.of(status, Text.get(locale, key + ".title"), Text.get(locale, key + ".detail"))));
    }

    /** The expired page, shown for a stale or forged form (web.xml), answers 400: the form was the caller's, not the hub's fault. */
    @WebFilter(urlPatterns = "/error/expired.xhtml", dispatcherTypes = DispatcherType.ERROR)
    public static class StaleForm extends HttpFilter {

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            chain.doFilter(request, response);
        }
    }
}

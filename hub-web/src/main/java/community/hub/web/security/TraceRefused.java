package community.hub.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * TRACE is refused (405), and the connection closed after the answer, so nothing a TRACE request carried is ever read
 * as the next request. Payara's own refusal of TRACE left its body on the connection to be answered as a second request,
 * so the server lets TRACE through to the hub (config/pre-boot-commands.txt) and the hub refuses it here, before any
 * servlet's TRACE echo ({@link HubAuthentication} does the same before a page that needs a role redirects it). The calendar door does the same for its own address ({@code CalendarDoor#service}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class TraceRefused extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("TRACE".equalsIgnoreCase(request.getMethod())) {
            refuse(response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** 405 and a closed connection, for the hub and the calendar door alike. */
    public static void refuse(HttpServletResponse response) {
        SecurityHeaders.apply(response);
        response.setHeader("Connection", "close");
        response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setContentLength(0);
    }
}

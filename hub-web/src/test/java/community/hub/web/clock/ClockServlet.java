package community.hub.web.clock;

import community.hub.HubTime;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Test-only: {@code PUT /test/clock?at=2027-03-16T09:00} pins the server's wall clock there; {@code DELETE} lets it go. */
@WebServlet("/test/clock")
public class ClockServlet extends HttpServlet {

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            LocalDateTime at = LocalDateTime.parse(request.getParameter("at"));
            PinnableClock.pin(HubTime.instant(at.toLocalDate(), at.toLocalTime()));
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (DateTimeParseException | NullPointerException wrong) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "at=YYYY-MM-DDTHH:MM, London time");
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        PinnableClock.release();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}

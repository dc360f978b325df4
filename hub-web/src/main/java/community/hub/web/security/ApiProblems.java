package community.hub.web.security;

import community.hub.web.Text;
import community.hub.web.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Writes an API client's failed or held-back sign-in as RFC 9457 problem details, before the request reaches the API. */
@ApplicationScoped
public class ApiProblems {

    /** The challenge an API client gets with a 401: send your account with HTTP Basic. */
    public static final String CHALLENGE = "Basic realm=\"Community Hub\", charset=\"UTF-8\"";

    static final int TOO_MANY_REQUESTS = 429;

    private final Jsonb jsonb = JsonbBuilder.create();

    void signInFailed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        send(
                response,
                Problem.of(
                        HttpServletResponse.SC_UNAUTHORIZED,
                        Text.get(request.getLocale(), "problem.signInFailed.title"),
                        Text.get(request.getLocale(), "problem.signInFailed.detail")));
    }

    /** Too many wrong passwords for this username lately: it is not checked again until the wait is over. */
    void signInsHeld(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
        send(
                response,
                Problem.of(
                        TOO_MANY_REQUESTS,
                        Text.get(request.getLocale(), "problem.signInsHeld.title"),
                        Text.get(request.getLocale(), "problem.signInsHeld.detail", FailedSignIns.minutes(wait))));
    }

    /** Written before any filter of the hub's runs, so the safe headers are set here. */
    private void send(HttpServletResponse response, Problem problem) throws IOException {
        SecurityHeaders.apply(response);
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(jsonb.toJson(problem));
    }
}

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

/** Writes an API client's failed sign-in as RFC 9457 problem details, before the request reaches the API. */
@ApplicationScoped
public class ApiProblems {

    /** The challenge an API client gets with a 401: send your account with HTTP Basic. */
    public static final String CHALLENGE = "Basic realm=\"Community Hub\", charset=\"UTF-8\"";

    private final Jsonb jsonb = JsonbBuilder.create();

    void signInFailed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problem problem = Problem.of(HttpServletResponse.SC_UNAUTHORIZED,
                Text.get(request.getLocale(), "problem.signInFailed.title"),
                Text.get(request.getLocale(), "problem.signInFailed.detail"));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(jsonb.toJson(problem));
    }
}

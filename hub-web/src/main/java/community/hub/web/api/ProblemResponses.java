package community.hub.web.api;

import community.hub.web.Text;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds problem-details responses with the hub's own words for each status. */
final class ProblemResponses {

    private ProblemResponses() {}

    static Response problem(Locale locale, Response.StatusType status, String titleKey, String detail) {
        return of(Problem.of(status.getStatusCode(), Text.get(locale, titleKey), detail));
    }

    static Response fieldProblems(
            Locale locale,
            Response.StatusType status,
            String titleKey,
            String detailKey,
            List<Problem.FieldError> errors) {
        return of(Problem.withErrors(
                status.getStatusCode(), Text.get(locale, titleKey), Text.get(locale, detailKey), errors));
    }

    static Response of(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}

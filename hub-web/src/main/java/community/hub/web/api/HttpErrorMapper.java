package community.hub.web.api;

import community.hub.web.security.ApiProblems;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * HTTP errors the API framework raises (unknown path, wrong method, unreadable body, missing role)
 * as problem details. A caller refused a role while anonymous is asked to sign in (401), not told no (403).
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException error) {
        Locale locale = Requests.locale(headers);
        boolean anonymous = security.getUserPrincipal() == null;
        if (error instanceof NotAuthorizedException || error instanceof ForbiddenException && anonymous) {
            return Response.fromResponse(ProblemResponses.problem(
                            locale,
                            Response.Status.UNAUTHORIZED,
                            "problem.signInNeeded.title",
                            text("problem.signInNeeded.detail", locale)))
                    .header("WWW-Authenticate", ApiProblems.CHALLENGE)
                    .build();
        }
        if (error.getCause() instanceof DateParameters.Unreadable unreadable) {
            return ProblemResponses.problem(
                    locale, Response.Status.BAD_REQUEST, "problem.badRequest.title", unreadable.message(locale));
        }
        int status = error.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        if (type == null) {
            type = Response.Status.INTERNAL_SERVER_ERROR;
        }
        String key = Problem.textsFor(status);
        Response problem = ProblemResponses.problem(locale, type, key + ".title", text(key + ".detail", locale));
        return Response.fromResponse(problem).status(type).build();
    }

    private static String text(String key, Locale locale) {
        return community.hub.web.Text.get(locale, key);
    }
}

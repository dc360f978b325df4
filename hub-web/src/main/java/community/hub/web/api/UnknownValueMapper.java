package community.hub.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A query parameter naming a choice the hub does not have: 400, listing the choices it does. */
@Provider
public class UnknownValueMapper implements ExceptionMapper<UnknownValue> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(UnknownValue unknown) {
        return ProblemResponses.problem(
                Requests.locale(headers),
                Response.Status.BAD_REQUEST,
                "problem.badRequest.title",
                unknown.message(Requests.locale(headers)));
    }
}

package community.hub.web.api;

import community.hub.web.Text;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A request body that is not the JSON the API expects: 400, saying what could not be read where we know it. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof StrictJson.Refused refused) {
                return refused.answer();
            }
        }
        Locale locale = Requests.locale(headers);
        return ProblemResponses.problem(
                locale, Response.Status.BAD_REQUEST, "problem.unreadable.title", detail(unreadable, locale));
    }

    static String detail(Throwable unreadable, Locale locale) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownValue unknown) {
                return unknown.message(locale);
            }
        }
        return Text.get(locale, "problem.unreadable.detail");
    }

    /** Reading JSON-B's own failures the same way, when they are not wrapped. */
    @Provider
    public static class JsonbFailures implements ExceptionMapper<JsonbException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException unreadable) {
            Locale locale = Requests.locale(headers);
            return ProblemResponses.problem(
                    locale, Response.Status.BAD_REQUEST, "problem.unreadable.title", detail(unreadable, locale));
        }
    }
}

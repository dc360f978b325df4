package community.hub.web.api;

import community.hub.web.FieldNames;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Fields that failed Bean Validation: 400 with one entry per field in {@code errors}. */
@Provider
public class InvalidFieldsMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(FieldNames.of(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return ProblemResponses.fieldProblems(
                Requests.locale(headers),
                Response.Status.BAD_REQUEST,
                "problem.invalid.title",
                "problem.invalid.detail",
                errors);
    }
}

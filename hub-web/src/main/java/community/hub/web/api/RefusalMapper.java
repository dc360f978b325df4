package community.hub.web.api;

import community.hub.Refusal;
import community.hub.booking.Clash;
import community.hub.booking.ClashRefusal;
import community.hub.booking.ClosureRefusal;
import community.hub.web.Text;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** A rule the hub refused on: 400 for an invalid field, 409 for a conflict, 404 for something unknown, 429 for too many lately. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Refusal refusal) {
        Locale locale = Requests.locale(headers);
        String message = refusal.message(locale);
        return switch (refusal.kind()) {
            case NOT_FOUND ->
                ProblemResponses.problem(locale, Response.Status.NOT_FOUND, "problem.notFound.title", message);
            case CONFLICT ->
                refusal instanceof ClashRefusal clashes
                        ? clashes(locale, clashes, message)
                        : refusal instanceof ClosureRefusal closing
                                ? bookedInClosure(locale, closing, message)
                                : ProblemResponses.fieldProblems(
                                        locale,
                                        Response.Status.CONFLICT,
                                        "problem.conflict.title",
                                        "problem.conflict.detail",
                                        errors(refusal, message));
            case INVALID ->
                ProblemResponses.fieldProblems(
                        locale,
                        Response.Status.BAD_REQUEST,
                        "problem.invalid.title",
                        "problem.invalid.detail",
                        errors(refusal, message));
            case TOO_MANY ->
                ProblemResponses.problem(locale, Response.Status.TOO_MANY_REQUESTS, "problem.tooMany.title", message);
        };
    }

    private static Response clashes(Locale locale, ClashRefusal refusal, String message) {
        Problem problem = Problem.of(
                        Response.Status.CONFLICT.getStatusCode(), Text.get(locale, "problem.clash.title"), message)
                .withClashes(
                        refusal.clashes().stream().map(Problem.ClashItem::of).toList());
        return ProblemResponses.of(problem);
    }

    /** A closure over booked dates: the field error as for any conflict, and each booked date in the way in clashes. */
    private static Response bookedInClosure(Locale locale, ClosureRefusal refusal, String message) {
        Problem problem = Problem.withErrors(
                        Response.Status.CONFLICT.getStatusCode(),
                        Text.get(locale, "problem.conflict.title"),
                        Text.get(locale, "problem.conflict.detail"),
                        errors(refusal, message))
                .withClashes(refusal.booked().stream()
                        .map(booked -> new Problem.ClashItem(
                                booked.roomId(),
                                booked.roomName(),
                                LocalDateTime.of(booked.date(), booked.start()),
                                LocalDateTime.of(booked.date(), booked.end()),
                                EnumJson.name(Clash.Cause.BOOKED),
                                booked.title()))
                        .toList());
        return ProblemResponses.of(problem);
    }

    private static List<Problem.FieldError> errors(Refusal refusal, String message) {
        return List.of(new Problem.FieldError(refusal.field(), message));
    }
}

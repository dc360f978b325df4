package community.hub.web.api;

import community.hub.booking.Clash;
import java.time.LocalDateTime;
import java.util.List;

/**
 * RFC 9457 problem details: what went wrong, for people ({@code title}, {@code detail}) and for programs
 * ({@code status}, and the field at fault in {@code errors}).
 */
public record Problem(
        String type, String title, int status, String detail, List<FieldError> errors, List<ClashItem> clashes) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that was wrong, and why in plain words. */
    public record FieldError(String field, String message) {}

    /** One occurrence that could not be booked: where, when, why, and with what where the caller may know. */
    public record ClashItem(
            long roomId, String roomName, LocalDateTime start, LocalDateTime end, String cause, String with) {

        /** A clash as the API shows it. */
        public static ClashItem of(Clash clash) {
            return new ClashItem(
                    clash.roomId(),
                    clash.roomName(),
                    clash.start(),
                    clash.end(),
                    EnumJson.name(clash.cause()),
                    clash.with());
        }
    }

    /**
     * The texts for an answer that has only its status to go on (the container's, or a bare HTTP error): the key of
     * its {@code .title} and {@code .detail}.
     */
    public static String textsFor(int status) {
        return switch (status) {
            case 403 -> "problem.forbidden";
            case 404 -> "problem.notFound";
            case 405 -> "problem.methodNotAllowed";
            case 406 -> "problem.notAcceptable";
            case 415 -> "problem.mediaType";
            default -> status < 500 ? "problem.badRequest" : "problem.unexpected";
        };
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null);
    }

    public static Problem withErrors(int status, String title, String detail, List<FieldError> errors) {
        return new Problem("about:blank", title, status, detail, List.copyOf(errors), null);
    }

    public Problem withClashes(List<ClashItem> clashList) {
        return new Problem(type, title, status, detail, errors, List.copyOf(clashList));
    }
}

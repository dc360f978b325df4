package community.hub.web.api;

import java.util.List;

/**
 * RFC 9457 problem details: what went wrong, for people ({@code title}, {@code detail}) and for programs
 * ({@code status}, and the field at fault in {@code errors}).
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that was wrong, and why in plain words. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public static Problem withErrors(int status, String title, String detail, List<FieldError> errors) {
        return new Problem("about:blank", title, status, detail, List.copyOf(errors));
    }
}

package community.hub.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Request bodies read strictly, before JSON-B sees them: an operation that takes a body refuses none at all, and
 * {@code null}; the body is UTF-8 JSON (RFC 8259: another declared charset is refused, not ignored), one value with
 * nothing after it, an object where the operation takes one and an array where it takes a list; whole numbers where
 * the field is a whole number, and no control characters in text ({@link JsonShape}).
 */
@Provider
public class StrictJson implements ContainerRequestFilter, ReaderInterceptor {

    /** More than any request of the hub's needs (a year's café pattern is a few kilobytes). */
    static final int MOST_BYTES = 1 << 20;

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(
            jakarta.ws.rs.PathParam.class,
            jakarta.ws.rs.QueryParam.class,
            jakarta.ws.rs.HeaderParam.class,
            jakarta.ws.rs.CookieParam.class,
            jakarta.ws.rs.MatrixParam.class,
            jakarta.ws.rs.FormParam.class,
            jakarta.ws.rs.BeanParam.class,
            Context.class);

    @Context
    private ResourceInfo resource;

    @Context
    private HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || !hubOperation(method) || !takesBody(method)) {
            return;
        }
        Locale locale = Requests.locale(headers);
        if (!request.hasEntity()) {
            throw new Refused(Response.Status.BAD_REQUEST, locale, "problem.bodyNeeded.detail");
        }
        MediaType type = request.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new Refused(Response.Status.UNSUPPORTED_MEDIA_TYPE, locale, "problem.charset.detail");
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        Locale locale = Requests.locale(headers);
        byte[] body = readAtMost(context.getInputStream(), locale);
        JsonValue value = parsed(utf8(body, locale), locale);
        boolean list = Collection.class.isAssignableFrom(context.getType())
                || context.getType().isArray();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            throw new Refused(Response.Status.BAD_REQUEST, locale, "problem.bodyNeeded.detail");
        }
        if (value.getValueType() != (list ? JsonValue.ValueType.ARRAY : JsonValue.ValueType.OBJECT)) {
            throw new Refused(
                    Response.Status.BAD_REQUEST,
                    locale,
                    list ? "problem.bodyList.detail" : "problem.bodyObject.detail");
        }
        JsonShape.check(value, context.getGenericType(), "", locale);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Not Jersey's own answer to OPTIONS, whose method takes the request as its one parameter. */
    private static boolean hubOperation(Method method) {
        return method.getDeclaringClass().getPackageName().startsWith("community.hub.");
    }

    private static boolean takesBody(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            boolean body = true;
            for (Annotation annotation : annotations) {
                body &= !NOT_THE_BODY.contains(annotation.annotationType());
            }
            if (body) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readAtMost(InputStream in, Locale locale) throws IOException {
        byte[] body = in.readNBytes(MOST_BYTES + 1);
        if (body.length > MOST_BYTES) {
            throw new Refused(Response.Status.REQUEST_ENTITY_TOO_LARGE, locale, "problem.bodyTooLarge.detail");
        }
        return body;
    }

    private static String utf8(byte[] body, Locale locale) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new Refused(Response.Status.BAD_REQUEST, locale, "problem.notUtf8.detail");
        }
    }

    /** One JSON value and nothing after it but white space. */
    private static JsonValue parsed(String text, Locale locale) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new Refused(Response.Status.BAD_REQUEST, locale, "problem.bodyNeeded.detail");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new Refused(Response.Status.BAD_REQUEST, locale, "problem.trailing.detail");
            }
            return value;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException notJson) {
            throw new Refused(Response.Status.BAD_REQUEST, locale, "problem.unreadable.detail");
        }
    }

    /** A body refused before it is read into the operation's type; {@link RefusedMapper} answers it. */
    public static final class Refused extends RuntimeException {

        private final Response.Status status;
        private final transient Locale locale;
        /** The field the refusal is about, listed in the problem's errors; null when it is about the whole body. */
        private final String field;

        Refused(Response.Status status, Locale locale, String detailKey, Object... arguments) {
            this(status, locale, null, community.hub.web.Text.get(locale, detailKey, arguments));
        }

        private Refused(Response.Status status, Locale locale, String field, String message) {
            super(message);
            this.status = status;
            this.locale = locale;
            this.field = field;
        }

        /** A 400 about one field of the body, named by its path ({@code recurrence.until}); the detail names it first. */
        static Refused about(String field, Locale locale, String detailKey, Object... more) {
            Object[] arguments = new Object[more.length + 1];
            arguments[0] = field;
            System.arraycopy(more, 0, arguments, 1, more.length);
            return new Refused(
                    Response.Status.BAD_REQUEST,
                    locale,
                    field,
                    community.hub.web.Text.get(locale, detailKey, arguments));
        }

        Response answer() {
            String titleKey = status == Response.Status.UNSUPPORTED_MEDIA_TYPE
                    ? "problem.mediaType.title"
                    : "problem.unreadable.title";
            if (field != null) {
                // The body was read; one of its fields is wrong, as with any other field refused.
                return ProblemResponses.of(Problem.withErrors(
                        status.getStatusCode(),
                        community.hub.web.Text.get(locale, "problem.invalid.title"),
                        getMessage(),
                        List.of(new Problem.FieldError(field, getMessage()))));
            }
            return ProblemResponses.problem(locale, status, titleKey, getMessage());
        }
    }

    @Provider
    public static class RefusedMapper implements jakarta.ws.rs.ext.ExceptionMapper<Refused> {
        @Override
        public Response toResponse(Refused refused) {
            return refused.answer();
        }
    }
}

package community.hub.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Locale;

/** Names an invalid field as a form or an API client knows it, whatever Java method it reached. */
public final class FieldNames {

    private FieldNames() {}

    /**
     * The property path below the method parameter, so {@code add.details.openingHours[0].closes}
     * becomes {@code openingHours[0].closes}; {@code body} when the whole request was at fault. A map keyed by one of
     * the hub's choices names it as the API does ({@code eventPlaces[kitchen]}).
     */
    public static String of(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
                    // the Java method and parameter are not the client's business
                }
                default -> append(field, node);
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static void append(StringBuilder field, Path.Node node) {
        if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
            Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
            field.append('[')
                    .append(key instanceof Enum<?> choice ? choice.name().toLowerCase(Locale.ROOT) : key)
                    .append(']');
        }
        String name = node.getName();
        if (name != null && !name.startsWith("<")) {
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(name);
        }
    }
}

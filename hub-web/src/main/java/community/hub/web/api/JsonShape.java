package community.hub.web.api;

import community.hub.HubTime;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What JSON-B would let through a request body and the hub does not: a field the request does not have (JSON-B drops
 * it), a value of another kind than its field ({@code "yes"} for true or false), a fraction where a field is a whole
 * number (JSON-B drops the fraction), control characters in text (NUL and the like, which pages and iCalendar would
 * carry on) and dates outside the years the hub speaks of ({@link HubTime#sensible}). Line breaks and tabs are text.
 */
final class JsonShape {

    private static final Set<Class<?>> WHOLE_NUMBERS =
            Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class, byte.class, Byte.class);

    private static final Set<Class<?>> FRACTIONS =
            Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class, BigInteger.class);

    private static final Set<Class<?>> YES_OR_NO = Set.of(boolean.class, Boolean.class);

    private JsonShape() {}

    /** Refuses the value where it does not fit the type; {@code path} names where it is, for the detail. */
    static void check(JsonValue value, Type type, String path, Locale locale) {
        checkKind(value, type, path, locale);
        switch (value.getValueType()) {
            case STRING -> {
                checkText(((JsonString) value).getString(), path, locale);
                checkDate(((JsonString) value).getString(), type, path, locale);
            }
            case NUMBER -> checkNumber((JsonNumber) value, type, path, locale);
            case ARRAY -> {
                Type element = typeArgument(type, 0);
                int index = 0;
                for (JsonValue item : value.asJsonArray()) {
                    check(item, element, path + "[" + index++ + "]", locale);
                }
            }
            case OBJECT ->
                value.asJsonObject().forEach((name, member) -> {
                    checkText(name, path, locale);
                    String where = path.isEmpty() ? name : path + "." + name;
                    Type memberType = memberType(type, name);
                    if (memberType == null) {
                        throw StrictJson.Refused.about(where, locale, "problem.unknownField.detail");
                    }
                    check(member, memberType, where, locale);
                });
            default -> {
                // true, false and null need no more checking here
            }
        }
    }

    /**
     * A value of the kind its field is: JSON-B would read {@code "yes"} as false for a yes-or-no field, {@code "40"} as
     * 40 and {@code 12345} as the text "12345".
     */
    private static void checkKind(JsonValue value, Type type, String path, Locale locale) {
        JsonValue.ValueType kind = value.getValueType();
        if (!(type instanceof Class<?> wanted) || kind == JsonValue.ValueType.NULL) {
            return;
        }
        String refusal = null;
        if ((WHOLE_NUMBERS.contains(wanted) || FRACTIONS.contains(wanted)) && kind != JsonValue.ValueType.NUMBER) {
            refusal = "problem.numberNeeded.detail";
        } else if (YES_OR_NO.contains(wanted)
                && kind != JsonValue.ValueType.TRUE
                && kind != JsonValue.ValueType.FALSE) {
            refusal = "problem.yesOrNoNeeded.detail";
        } else if (wanted == String.class && kind != JsonValue.ValueType.STRING) {
            refusal = "problem.textNeeded.detail";
        }
        if (refusal != null) {
            throw StrictJson.Refused.about(field(path), locale, refusal);
        }
    }

    private static void checkText(String text, String path, Locale locale) {
        boolean control =
                text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f);
        if (control) {
            throw StrictJson.Refused.about(field(path), locale, "problem.controlCharacter.detail");
        }
    }

    /** A date (or a date and time) the hub speaks of at all: years 2000 to 2099 (HubTime), never year +999999999. */
    private static void checkDate(String text, Type type, String path, Locale locale) {
        LocalDate date;
        try {
            if (type == LocalDate.class) {
                date = LocalDate.parse(text.trim());
            } else if (type == LocalDateTime.class) {
                date = LocalDateTime.parse(text.trim()).toLocalDate();
            } else {
                return;
            }
        } catch (DateTimeParseException unreadable) {
            return; // JSON-B says it is unreadable
        }
        if (!HubTime.sensible(date)) {
            throw StrictJson.Refused.about(
                    field(path),
                    locale,
                    "problem.dateOutOfRange.detail",
                    Integer.toString(HubTime.EARLIEST.getYear()),
                    Integer.toString(HubTime.LATEST.getYear()));
        }
    }

    private static void checkNumber(JsonNumber number, Type type, String path, Locale locale) {
        if (!(type instanceof Class<?> wanted) || !WHOLE_NUMBERS.contains(wanted)) {
            return;
        }
        try {
            long whole = number.bigDecimalValue().longValueExact();
            boolean fits = wanted == long.class
                    || wanted == Long.class
                    || whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE;
            if (fits) {
                return;
            }
        } catch (ArithmeticException notWhole) {
            // refused below
        }
        throw StrictJson.Refused.about(field(path), locale, "problem.wholeNumber.detail");
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    /** The type a list's items, or a map's values, are read as; {@code Object} where it is not known. */
    private static Type typeArgument(Type type, int index) {
        if (type instanceof Class<?> array && array.isArray()) {
            return array.getComponentType();
        }
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Optional.class == raw) {
                return generic.getActualTypeArguments()[index];
            }
            if (Map.class.isAssignableFrom(raw)) {
                return generic.getActualTypeArguments()[1];
            }
        }
        return Object.class;
    }

    /**
     * The type of the field the member is read into, by JSON-B's name for it; {@code Object} when the type is not the
     * hub's own, and null when it is and has no such field: JSON-B would drop the member without a word, so that a
     * change asked for (an account's role, say) would be answered 200 and not made.
     */
    private static Type memberType(Type type, String name) {
        if (type instanceof ParameterizedType generic && Map.class.isAssignableFrom((Class<?>) generic.getRawType())) {
            return generic.getActualTypeArguments()[1];
        }
        if (!(type instanceof Class<?> owner) || owner.getName().startsWith("java.")) {
            return Object.class;
        }
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
                String jsonName = renamed == null || renamed.value().isEmpty() ? field.getName() : renamed.value();
                if (!Modifier.isStatic(field.getModifiers()) && jsonName.equals(name)) {
                    return field.getGenericType();
                }
            }
        }
        return owner.getName().startsWith("community.hub.") && !owner.isInterface() ? null : Object.class;
    }
}

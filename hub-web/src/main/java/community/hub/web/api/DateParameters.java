package community.hub.web.api;

import community.hub.HubTime;
import community.hub.web.Text;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Dates in paths and query strings, written as ISO dates like 2027-03-02, in the years the hub speaks of at all
 * ({@link HubTime#sensible}); yes-or-no parameters, written true or false and nothing else; and whole numbers, which
 * JAX-RS alone would answer with "not found" when they are not numbers.
 */
@Provider
public class DateParameters implements ParamConverterProvider {

    /** A parameter that cannot be read as what it stands for, said plainly in the asker's language. */
    static class Unreadable extends IllegalArgumentException {
        private final String key;
        private final transient Object[] arguments;

        Unreadable(String key, Object... arguments) {
            super(key);
            this.key = key;
            this.arguments = arguments;
        }

        String message(Locale locale) {
            return Text.get(locale, key, arguments);
        }
    }

    /** Not a date the hub knows. */
    private static Unreadable notADate(String value) {
        return new Unreadable("problem.notADate", value, HubTime.EARLIEST.getYear(), HubTime.LATEST.getYear());
    }

    private static final ParamConverter<Integer> WHOLE_NUMBERS = new ParamConverter<>() {
        @Override
        public Integer fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(value.trim());
            } catch (NumberFormatException unreadable) {
                throw new Unreadable("problem.notAWholeNumber", value);
            }
        }

        @Override
        public String toString(Integer value) {
            return value.toString();
        }
    };

    private static final ParamConverter<Boolean> YES_OR_NO = new ParamConverter<>() {
        @Override
        public Boolean fromString(String value) {
            if (value == null || value.isBlank()) {
                return Boolean.FALSE;
            }
            return switch (value.trim()) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                // Java reads anything but "true" as false
                default -> throw new Unreadable("problem.notYesOrNo", value);
            };
        }

        @Override
        public String toString(Boolean value) {
            return value.toString();
        }
    };

    private static final ParamConverter<LocalDate> DATES = new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value.trim());
                if (!HubTime.sensible(date)) {
                    throw notADate(value);
                }
                return date;
            } catch (DateTimeParseException unreadable) {
                throw notADate(value);
            }
        }

        @Override
        public String toString(LocalDate value) {
            return value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) YES_OR_NO;
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) WHOLE_NUMBERS;
        }
        return rawType == LocalDate.class ? (ParamConverter<T>) DATES : null;
    }
}

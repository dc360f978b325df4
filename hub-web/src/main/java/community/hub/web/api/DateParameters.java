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

    /** A parameter that is not a date, said plainly. */
    static class NotADate extends IllegalArgumentException {
        private final String value;

        NotADate(String value) {
            super(value);
            this.value = value;
        }

        String message(Locale locale) {
            return Text.get(locale, "problem.notADate", value, HubTime.EARLIEST.getYear(), HubTime.LATEST.getYear());
        }
    }

    /** A yes-or-no parameter that is neither, said plainly (Java reads anything but "true" as false). */
    static class NotYesOrNo extends IllegalArgumentException {
        private final String value;

        NotYesOrNo(String value) {
            super(value);
            this.value = value;
        }

        String message(Locale locale) {
            return Text.get(locale, "problem.notYesOrNo", value);
        }
    }

    /** A whole-number parameter that is not one, said plainly. */
    static class NotAWholeNumber extends IllegalArgumentException {
        private final String value;

        NotAWholeNumber(String value) {
            super(value);
            this.value = value;
        }

        String message(Locale locale) {
            return Text.get(locale, "problem.notAWholeNumber", value);
        }
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
                throw new NotAWholeNumber(value);
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
                default -> throw new NotYesOrNo(value);
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
                    throw new NotADate(value);
                }
                return date;
            } catch (DateTimeParseException unreadable) {
                throw new NotADate(value);
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

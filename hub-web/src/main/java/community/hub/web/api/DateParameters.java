package community.hub.web.api;

import community.hub.web.Text;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates in paths and query strings, written as ISO dates like 2027-03-02. */
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
            return Text.get(locale, "problem.notADate", value);
        }
    }

    private static final ParamConverter<LocalDate> DATES = new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
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
        return rawType == LocalDate.class ? (ParamConverter<T>) DATES : null;
    }
}

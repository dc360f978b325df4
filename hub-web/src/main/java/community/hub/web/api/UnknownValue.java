package community.hub.web.api;

import community.hub.web.Text;
import java.util.Locale;

/** A JSON value that names none of the choices a field allows, with the choices it does allow. */
public class UnknownValue extends IllegalArgumentException {

    private final String value;
    private final String choices;

    public UnknownValue(String value, String choices) {
        super(value + ": " + choices);
        this.value = value;
        this.choices = choices;
    }

    /** Said for the caller, in their language. */
    public String message(Locale locale) {
        return Text.get(locale, "problem.unknownValue", value, choices);
    }
}

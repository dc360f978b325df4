package community.hub.web.api;

/** A JSON value that names none of the choices a field allows, with the choices it does allow. */
public class UnknownValue extends IllegalArgumentException {

    UnknownValue(String value, String choices) {
        super("\u201c" + value + "\u201d is not one of the allowed values: " + choices + ".");
    }
}

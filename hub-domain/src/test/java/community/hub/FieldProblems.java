package community.hub;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.stream.Collectors;

/** What a form's declared constraints say about it: the message beside each field, as a person would see it. */
public final class FieldProblems {

    /** Built once for all the tests: building a validator takes a good part of a second. */
    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private FieldProblems() {}

    /** Each field's message by the field's path (e.g. {@code availability[1].day}), two messages joined by " / ". */
    public static Map<String, String> of(Object details) {
        return VALIDATOR.validate(details).stream()
                .collect(Collectors.toMap(
                        violation -> violation.getPropertyPath().toString(),
                        ConstraintViolation::getMessage,
                        (a, b) -> a + " / " + b));
    }
}

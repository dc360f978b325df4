package community.hub.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A new password must pass {@link PasswordRules}; the message says which rule it broke. */
@Documented
@Constraint(validatedBy = AcceptablePassword.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

    String message() default "{password.tooShort}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the password and names the rule broken. */
    class Check implements ConstraintValidator<AcceptablePassword, String> {
        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            return PasswordRules.problemWith(password)
                    .map(problem -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate("{" + problem.messageKey() + "}")
                                .addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}

package community.hub.rota;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A period whose end does not come before its start (a time someone is free, days away). The problem is reported on
 * the period's end, where a person put the wrong value; a period with either end missing is left to {@code @NotNull}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = InOrder.Check.class)
public @interface InOrder {

    String message();

    /** The property the problem is reported on: the period's end. */
    String end();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Something with a start and an end. */
    interface Period {
        /** True when either end is missing, or the end comes where it should. */
        boolean isInOrder();
    }

    /** Checks a {@link Period}. */
    class Check implements ConstraintValidator<InOrder, Period> {

        private String end;

        @Override
        public void initialize(InOrder annotation) {
            end = annotation.end();
        }

        @Override
        public boolean isValid(Period period, ConstraintValidatorContext context) {
            if (period == null || period.isInOrder()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(end)
                    .addConstraintViolation();
            return false;
        }
    }
}

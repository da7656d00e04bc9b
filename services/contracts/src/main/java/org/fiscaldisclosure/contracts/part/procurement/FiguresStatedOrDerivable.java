package org.fiscaldisclosure.contracts.part.procurement;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Every figure of the table is stated, or the detail rows it is derived from are listed; one violation per figure. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FiguresStatedOrDerivable.Check.class)
public @interface FiguresStatedOrDerivable {

    String message() default "缺少金额：未列出明细时必须填报";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports each missing figure at its own field. */
    class Check implements ConstraintValidator<FiguresStatedOrDerivable, DerivableFigures> {

        @Override
        public boolean isValid(DerivableFigures table, ConstraintValidatorContext context) {
            if (table == null || table.figuresMissing().isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (String field : table.figuresMissing()) {
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode(field).addConstraintViolation();
            }
            return false;
        }
    }
}

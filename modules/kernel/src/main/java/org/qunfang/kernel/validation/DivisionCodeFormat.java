package org.qunfang.kernel.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.qunfang.kernel.area.DivisionCode;

/**
 * A well-formed division code (2, 4, 6, 9 or 12 digits). Whether the division exists is for the
 * boundary to check against the division tree.
 */
@Documented
@Constraint(validatedBy = DivisionCodeFormat.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DivisionCodeFormat {

  String message() default "{org.qunfang.kernel.validation.DivisionCodeFormat.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<DivisionCodeFormat, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || DivisionCode.isWellFormed(value);
    }
  }
}

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

/**
 * A citizen identity number valid under GB 11643-1999; {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = CitizenId.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CitizenId {

  String message() default "{org.qunfang.kernel.validation.CitizenId.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<CitizenId, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || CitizenIds.isValid(value);
    }
  }
}

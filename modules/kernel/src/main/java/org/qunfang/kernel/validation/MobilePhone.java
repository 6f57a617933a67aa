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
import java.util.regex.Pattern;

/**
 * A mainland China mobile number: 11 digits, 1 then 3–9 (the MIIT number plan), no country code or
 * separators; {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = MobilePhone.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MobilePhone {

  String message() default "{org.qunfang.kernel.validation.MobilePhone.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<MobilePhone, String> {
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || MOBILE.matcher(value).matches();
    }
  }
}

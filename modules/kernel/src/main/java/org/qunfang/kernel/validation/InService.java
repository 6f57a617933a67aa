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
import java.time.Instant;
import java.time.LocalDate;
import org.qunfang.kernel.time.Beijing;

/**
 * A date or instant of the service's own work — a sweep, a passage, a call, a duty — lies between
 * {@link #FIRST} and a year from today (Beijing): anything else is a typing error, and would
 * otherwise reach the database as year 0001 or 9999. {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = {InService.ForDate.class, InService.ForInstant.class})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface InService {

  LocalDate FIRST = LocalDate.of(2000, 1, 1);

  String message() default "{org.qunfang.kernel.validation.InService.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The range itself, for checks outside Bean Validation (query parameters). */
  final class Range {
    private Range() {}

    /** The last plausible day: a year from today in Beijing. */
    public static LocalDate last() {
      return Beijing.today().plusYears(1);
    }

    public static boolean plausible(LocalDate day) {
      return day == null || (!day.isBefore(FIRST) && !day.isAfter(last()));
    }

    public static boolean plausible(Instant instant) {
      return instant == null
          || (!instant.isBefore(Beijing.startOf(FIRST))
              && instant.isBefore(Beijing.startOf(last().plusDays(1))));
    }
  }

  class ForDate implements ConstraintValidator<InService, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return Range.plausible(value);
    }
  }

  class ForInstant implements ConstraintValidator<InService, Instant> {
    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
      return Range.plausible(value);
    }
  }
}

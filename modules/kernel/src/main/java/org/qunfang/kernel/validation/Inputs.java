package org.qunfang.kernel.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a request record's constraints at the boundary. REST validates with {@code @Valid}, but a
 * page calls the boundary directly and the EJB container does not validate its parameters; a bad
 * value must be refused with the same field messages on either path.
 */
public final class Inputs {

  private Inputs() {}

  public static <T> T valid(Validator validator, T input) {
    Set<ConstraintViolation<T>> violations = validator.validate(input);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return input;
  }
}

package org.qunfang.kernel.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;

/**
 * Lets a violation's message be interpolated again in another locale: the container validated in
 * the server's language; the reader may want Chinese or English.
 */
public record ViolationContext(ConstraintViolation<?> violation)
    implements MessageInterpolator.Context {

  @Override
  public ConstraintDescriptor<?> getConstraintDescriptor() {
    return violation.getConstraintDescriptor();
  }

  @Override
  public Object getValidatedValue() {
    return violation.getInvalidValue();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new jakarta.validation.ValidationException("Cannot unwrap to " + type);
  }
}

package org.qunfang.web.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Refused input, taken before the JAX-RS runtime's own, more specific mapper can answer it in plain
 * text.
 */
@Provider
public class ViolationMapper extends ProblemResponder
    implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    return respond(invalid);
  }
}

package org.qunfang.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every exception of the REST API becomes problem+json; see {@link Problems}. */
@Provider
public class ProblemMapper extends ProblemResponder implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable thrown) {
    return respond(thrown);
  }
}

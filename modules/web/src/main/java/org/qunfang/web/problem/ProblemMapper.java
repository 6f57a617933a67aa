package org.qunfang.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.qunfang.kernel.audit.Refusals;
import org.qunfang.web.api.problem.Problems;

/**
 * Every exception of the REST API becomes problem+json; see {@link Problems}. A refusal by role —
 * the container's, before any boundary code runs — goes into the audit trail here, as the
 * boundaries' own refusals for lack of reach do there.
 */
@Provider
public class ProblemMapper extends ProblemResponder implements ExceptionMapper<Throwable> {

  @Inject Refusals refusals;

  @Context Request request;

  @Override
  public Response toResponse(Throwable thrown) {
    Response response = respond(thrown);
    if (problems.refusedByRole(thrown)) {
      refusals.record(
          "Api", uri.getPath(), request.getMethod() + " " + uri.getPath(), "role.denied");
    }
    return response;
  }
}

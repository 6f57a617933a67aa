package org.qunfang.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.qunfang.web.api.Languages;
import org.qunfang.web.api.problem.ProblemDetail;
import org.qunfang.web.api.problem.Problems;

/** Answers with the problem document {@link Problems} makes of an exception. */
abstract class ProblemResponder {

  /** A database restart takes a few seconds; a client that waits this long finds it back. */
  static final int RETRY_AFTER_SECONDS = 5;

  @Inject Problems problems;

  @Context HttpHeaders headers;

  @Context UriInfo uri;

  Response respond(Throwable thrown) {
    ProblemDetail problem =
        problems.describe(
            thrown,
            Languages.pick(headers.getAcceptableLanguages()),
            uri.getRequestUri().getPath());
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem);
    if (problem.status() == 503) {
      response.header("Retry-After", RETRY_AFTER_SECONDS);
    }
    return response.build();
  }
}

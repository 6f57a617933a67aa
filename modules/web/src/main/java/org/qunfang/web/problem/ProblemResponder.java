package org.qunfang.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.qunfang.web.Languages;

/** Answers with the problem document {@link Problems} makes of an exception. */
abstract class ProblemResponder {

  @Inject Problems problems;

  @Context HttpHeaders headers;

  @Context UriInfo uri;

  Response respond(Throwable thrown) {
    ProblemDetail problem =
        problems.describe(
            thrown,
            Languages.pick(headers.getAcceptableLanguages()),
            uri.getRequestUri().getPath());
    return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
  }
}

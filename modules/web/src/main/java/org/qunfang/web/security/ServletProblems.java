package org.qunfang.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.qunfang.kernel.problem.Message;
import org.qunfang.web.api.Languages;
import org.qunfang.web.api.problem.ProblemDetail;

/** Writes a problem document for the API from a filter or the authentication mechanism. */
@ApplicationScoped
public class ServletProblems {

  private static final Jsonb JSONB = JsonbBuilder.create();

  void send(HttpServletRequest request, HttpServletResponse response, int status, String key)
      throws IOException {
    String detail = Message.kernel(key).in(Languages.of(request));
    ProblemDetail problem =
        new ProblemDetail(
            "urn:qunfang:problem:" + key,
            Response.Status.fromStatusCode(status).getReasonPhrase(),
            status,
            detail,
            request.getRequestURI(),
            List.of());
    response.setStatus(status);
    response.setContentType(ProblemDetail.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSONB.toJson(problem));
  }
}

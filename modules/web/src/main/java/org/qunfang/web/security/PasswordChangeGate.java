package org.qunfang.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.kernel.problem.Forbidden;

/**
 * Someone logged in with a one-time password can do nothing but change it: pages redirect to the
 * password page, the API answers 403 except for {@code /me} and {@code /me/password}.
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeGate extends HttpFilter {

  private static final Set<String> ALLOWED =
      Set.of(
          "/password.xhtml",
          "/logout",
          "/api/v1/me",
          "/api/v1/me/password",
          QunfangAuthentication.LOGIN_PAGE);

  @Inject CurrentCaller caller;

  @Inject ServletProblems problems;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean mustChange =
        request.getUserPrincipal() != null
            && !ALLOWED.contains(path)
            && !path.startsWith("/jakarta.faces.resource/")
            && mustChangePassword();
    if (!mustChange) {
      chain.doFilter(request, response);
    } else if (QunfangAuthentication.isApi(request)) {
      problems.send(request, response, HttpServletResponse.SC_FORBIDDEN, "password.mustChange");
    } else {
      response.sendRedirect(request.getContextPath() + "/password.xhtml");
    }
  }

  /** The request's profile, which the rest of the request reuses; an account gone passes here. */
  private boolean mustChangePassword() {
    try {
      return caller.profile().mustChangePassword();
    } catch (Forbidden gone) {
      return false;
    }
  }
}

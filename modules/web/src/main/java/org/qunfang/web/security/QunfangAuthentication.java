package org.qunfang.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.qunfang.access.api.Authentication;
import org.qunfang.access.api.CallerProfile;

/**
 * One mechanism, two doors. Under /api: HTTP Basic on every request, never the pages' session
 * cookie (which another site's page could make a browser send), and a 401 problem document that
 * never says which part was wrong. Elsewhere: the login page authenticates once, the session
 * remembers the username, and each request re-reads the account, so disabling it takes effect at
 * once.
 */
@ApplicationScoped
public class QunfangAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_USER = "qunfang.user";
  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStores;

  @Inject Authentication authentication;

  @Inject ServletProblems problems;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()) {
      return loginFromPage(request, context);
    }
    if (isApi(request)) {
      return basic(request, response, context); // never the session: a cookie alone acts on nothing
    }
    Optional<AuthenticationStatus> fromSession = resumeSession(request, context);
    if (fromSession.isPresent()) {
      return fromSession.get();
    }
    return context.isProtected()
        ? context.redirect(request.getContextPath() + LOGIN_PAGE)
        : context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private AuthenticationStatus loginFromPage(
      HttpServletRequest request, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    CredentialValidationResult result =
        credential == null
            ? CredentialValidationResult.INVALID_RESULT
            : identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
    return context.notifyContainerAboutLogin(result);
  }

  private Optional<AuthenticationStatus> resumeSession(
      HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(SESSION_USER) instanceof String username)) {
      return Optional.empty();
    }
    Optional<CallerProfile> profile = authentication.profileOf(username);
    if (profile.isEmpty()) {
      session.invalidate();
      return Optional.empty();
    }
    return Optional.of(
        context.notifyContainerAboutLogin(username, AccountIdentityStore.groups(profile.get())));
  }

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<UsernamePasswordCredential> credential = basicCredential(request);
    if (credential.isEmpty()) {
      return context.isProtected() ? refuse(request, response) : context.doNothing();
    }
    CredentialValidationResult result = identityStores.validate(credential.get());
    return result.getStatus() == CredentialValidationResult.Status.VALID
        ? context.notifyContainerAboutLogin(result)
        : refuse(request, response);
  }

  private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"qunfang\", charset=\"UTF-8\"");
    try {
      problems.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, "login.failed");
    } catch (IOException e) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 1
          ? Optional.empty()
          : Optional.of(
              new UsernamePasswordCredential(
                  decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}

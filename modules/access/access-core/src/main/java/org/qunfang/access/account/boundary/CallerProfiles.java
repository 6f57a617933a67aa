package org.qunfang.access.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.qunfang.access.api.Authentication;
import org.qunfang.access.api.CallerProfile;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.kernel.problem.Forbidden;

/**
 * The current caller's profile, looked up once per request, or handed over by the authentication of
 * this request (an API client sends its credentials with every request, so this saves a look-up).
 */
@RequestScoped
public class CallerProfiles implements CurrentCaller {

  @Inject SecurityContext security;

  @Inject Authentication authentication;

  private CallerProfile profile;

  /** Whether {@link #profile} is known to be the caller's. */
  private boolean confirmed;

  @Override
  public CallerProfile profile() {
    if (!confirmed) {
      Principal principal = security.getCallerPrincipal();
      if (principal == null) {
        throw new Forbidden("role.denied");
      }
      if (profile == null || !profile.username().equals(principal.getName())) {
        profile =
            authentication
                .profileOf(principal.getName())
                .orElseThrow(() -> new Forbidden("role.denied"));
      }
      confirmed = true;
    }
    return profile;
  }

  /** The profile this request's authentication found, used once it is the caller's. */
  public void authenticated(CallerProfile found) {
    profile = found;
    confirmed = false;
  }
}

package org.qunfang.access.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.qunfang.access.api.Authentication;
import org.qunfang.access.api.CallerProfile;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.kernel.problem.Forbidden;

/** The current caller's profile, looked up once per request. */
@RequestScoped
public class CallerProfiles implements CurrentCaller {

  @Inject SecurityContext security;

  @Inject Authentication authentication;

  private CallerProfile profile;

  @Override
  public CallerProfile profile() {
    if (profile == null) {
      Principal principal = security.getCallerPrincipal();
      if (principal == null) {
        throw new Forbidden("role.denied");
      }
      profile =
          authentication
              .profileOf(principal.getName())
              .orElseThrow(() -> new Forbidden("role.denied"));
    }
    return profile;
  }
}

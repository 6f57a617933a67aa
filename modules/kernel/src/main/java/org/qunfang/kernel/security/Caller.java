package org.qunfang.kernel.security;

import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.qunfang.kernel.cdi.LookedUpOnce;

/**
 * The name of whoever is acting, for stamps and audit records. Outside a request (start-up imports,
 * scheduled jobs) the actor is {@value #SYSTEM}.
 */
public final class Caller {

  public static final String SYSTEM = "system";

  /** Soteria's context reads the caller of the current thread, so one instance serves all. */
  private static final LookedUpOnce<SecurityContext> SECURITY =
      new LookedUpOnce<>(SecurityContext.class);

  private Caller() {}

  public static String name() {
    try {
      Principal principal = SECURITY.get().getCallerPrincipal();
      return principal == null ? SYSTEM : principal.getName();
    } catch (IllegalStateException | UnsupportedOperationException noContainerOrNoRequest) {
      return SYSTEM;
    }
  }
}

package org.qunfang.kernel.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The name of whoever is acting, for stamps and audit records. Outside a request (start-up imports,
 * scheduled jobs) the actor is {@value #SYSTEM}.
 */
public final class Caller {

  public static final String SYSTEM = "system";

  private Caller() {}

  public static String name() {
    try {
      Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
      return principal == null ? SYSTEM : principal.getName();
    } catch (IllegalStateException | UnsupportedOperationException noContainerOrNoRequest) {
      return SYSTEM;
    }
  }
}

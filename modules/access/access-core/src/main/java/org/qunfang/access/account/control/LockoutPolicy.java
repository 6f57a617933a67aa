package org.qunfang.access.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How many wrong passwords in a row lock an account, and for how long. */
@ApplicationScoped
public class LockoutPolicy {

  @Inject
  @ConfigProperty(name = "qunfang.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "qunfang.login.lockout-minutes", defaultValue = "15")
  int lockoutMinutes;

  public int maxFailures() {
    return maxFailures;
  }

  public Duration lockout() {
    return Duration.ofMinutes(lockoutMinutes);
  }
}

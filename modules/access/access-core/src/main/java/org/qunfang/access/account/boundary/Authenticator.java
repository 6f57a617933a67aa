package org.qunfang.access.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.qunfang.access.account.control.LockoutPolicy;
import org.qunfang.access.account.control.Passwords;
import org.qunfang.access.account.control.VerifiedCredentials;
import org.qunfang.access.account.entity.Account;
import org.qunfang.access.api.Authentication;
import org.qunfang.access.api.CallerProfile;
import org.qunfang.kernel.audit.AuditAction;
import org.qunfang.kernel.audit.AuditTrail;

/**
 * Checks credentials for the identity store. Runs before anyone is authenticated, hence
 * {@code @PermitAll}; it answers only yes or no and audits every refusal.
 */
@Stateless
@PermitAll
public class Authenticator implements Authentication {

  @PersistenceContext(unitName = "access")
  EntityManager em;

  @Inject Passwords passwords;

  @Inject LockoutPolicy lockout;

  @Inject VerifiedCredentials verified;

  @Inject CallerProfiles callers;

  @Override
  public Optional<CallerProfile> authenticate(String username, String password) {
    Optional<Account> found = find(username);
    Instant now = Instant.now();
    if (found.isEmpty()) {
      passwords.spendVerificationTime(password);
      refused(username, "unknown");
      return Optional.empty();
    }
    Account account = found.get();
    if (!account.mayLogIn(now)) {
      passwords.spendVerificationTime(password);
      refused(username, account.isEnabled() ? "locked" : "disabled");
      return Optional.empty();
    }
    if (verified.verified(username, password, account.getPasswordHash(), now)) {
      return Optional.of(signedIn(account));
    }
    if (!passwords.matches(password, account.getPasswordHash())) {
      verified.forget(username);
      boolean locked = account.recordFailedLogin(now, lockout.maxFailures(), lockout.lockout());
      refused(username, "password");
      if (locked) {
        AuditTrail.record(
            username,
            "Account",
            account.getId().toString(),
            AuditAction.LOCKED_OUT,
            Map.of("lockedUntil", account.getLockedUntil().toString()));
      }
      return Optional.empty();
    }
    account.recordSuccessfulLogin();
    verified.remember(username, password, account.getPasswordHash(), now);
    return Optional.of(signedIn(account));
  }

  private CallerProfile signedIn(Account account) {
    CallerProfile profile = AccountViews.profile(account);
    try {
      callers.authenticated(profile);
    } catch (ContextNotActiveException outsideARequest) {
      // nothing to hand over to
    }
    return profile;
  }

  @Override
  public Optional<CallerProfile> profileOf(String username) {
    Instant now = Instant.now();
    return find(username).filter(a -> a.mayLogIn(now)).map(AccountViews::profile);
  }

  private Optional<Account> find(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** The reason goes to the trail only; the caller is told nothing about it. */
  private static void refused(String username, String reason) {
    AuditTrail.record(
        username, "Account", username, AuditAction.LOGIN_FAILED, Map.of("reason", reason));
  }
}

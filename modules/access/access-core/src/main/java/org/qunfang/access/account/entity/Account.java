package org.qunfang.access.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.persistence.annotations.Customizer;
import org.eclipse.persistence.config.QueryHints;
import org.qunfang.access.api.Role;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.pii.Personal;

/** Someone who may log in: roles say what they may do, the home division where. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "account", schema = "access")
// every API request finds its caller: the roles in the same statement, not a second one
@NamedQuery(
    name = Account.BY_USERNAME,
    query = "select a from Account a where a.username = :username",
    hints = @QueryHint(name = QueryHints.LEFT_FETCH, value = "a.roles"))
@NamedQuery(
    name = Account.IN_AREA,
    query = "select a from Account a where a.homeDivision like :area order by a.username")
public class Account extends AuditedEntity {

  public static final String BY_USERNAME = "Account.byUsername";
  public static final String IN_AREA = "Account.inArea";

  @Column(name = "username", nullable = false, unique = true, updatable = false, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 64)
  private String displayName;

  @Personal(Personal.Kind.SECRET)
  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @AuditArea
  @Column(name = "home_division", nullable = false, length = 12)
  private String homeDivision;

  @ElementCollection(fetch = FetchType.EAGER)
  @Enumerated(EnumType.STRING)
  @CollectionTable(
      name = "account_role",
      schema = "access",
      joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role_name", nullable = false, length = 32)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected Account() {}

  /** A new account whose password is a one-time password: it must be changed at first login. */
  public Account(
      String username,
      String displayName,
      Set<Role> roles,
      String homeDivision,
      String oneTimePasswordHash) {
    this.username = username;
    this.displayName = displayName;
    this.roles = EnumSet.copyOf(roles);
    this.homeDivision = homeDivision;
    resetPassword(oneTimePasswordHash);
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** True when the account may try to log in now. */
  public boolean mayLogIn(Instant now) {
    return enabled && !isLocked(now);
  }

  /**
   * Counts a wrong password. Returns true when this failure locks the account: after {@code
   * maxFailures} in a row it stays locked for {@code lockout}.
   */
  public boolean recordFailedLogin(Instant now, int maxFailures, Duration lockout) {
    failedLogins++;
    if (failedLogins >= maxFailures) {
      lockedUntil = now.plus(lockout);
      failedLogins = 0;
      return true;
    }
    return false;
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  /** An administrator's reset: a new one-time password, and the lock lifted. */
  public void resetPassword(String oneTimePasswordHash) {
    passwordHash = oneTimePasswordHash;
    mustChangePassword = true;
    recordSuccessfulLogin();
  }

  /** The user's own choice of password. */
  public void choosePassword(String hash) {
    passwordHash = hash;
    mustChangePassword = false;
  }

  public void change(String displayName, Set<Role> roles, String homeDivision, boolean enabled) {
    this.displayName = displayName;
    this.roles = EnumSet.copyOf(roles);
    this.homeDivision = homeDivision;
    this.enabled = enabled;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public String getHomeDivision() {
    return homeDivision;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }
}

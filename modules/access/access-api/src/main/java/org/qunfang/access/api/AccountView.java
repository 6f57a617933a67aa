package org.qunfang.access.api;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An account as administrators see it; never carries the password hash. */
public record AccountView(
    UUID id,
    String username,
    String displayName,
    Set<Role> roles,
    String homeDivision,
    boolean enabled,
    boolean mustChangePassword,
    Instant lockedUntil,
    long version) {

  /** Locked out now, by repeated wrong passwords. */
  public boolean locked() {
    return lockedUntil != null && lockedUntil.isAfter(Instant.now());
  }
}

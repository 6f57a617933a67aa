package org.qunfang.access.api;

import java.util.Optional;

/**
 * Checks a username and password. Failures are counted; after too many the account is locked for a
 * while. The answer never says which part was wrong.
 */
public interface Authentication {

  Optional<CallerProfile> authenticate(String username, String password);

  /** The profile of an account that is still allowed in (enabled, not locked). */
  Optional<CallerProfile> profileOf(String username);
}

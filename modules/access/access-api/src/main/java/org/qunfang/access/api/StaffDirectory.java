package org.qunfang.access.api;

import java.util.Collection;
import java.util.Map;

/** Staff as pages name them: by their display name, never by their login. */
public interface StaffDirectory {

  /** The display names of these logins; a login that no account holds is left out. */
  Map<String, String> displayNames(Collection<String> usernames);
}

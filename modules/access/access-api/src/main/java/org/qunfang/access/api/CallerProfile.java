package org.qunfang.access.api;

import java.util.Set;
import org.qunfang.kernel.area.AreaScope;
import org.qunfang.kernel.area.DivisionCode;

/** Who is calling: their roles, their area, and whether they must change their password first. */
public record CallerProfile(
    String username,
    String displayName,
    Set<Role> roles,
    String homeDivision,
    boolean mustChangePassword) {

  public CallerProfile {
    roles = Set.copyOf(roles);
  }

  public AreaScope scope() {
    return new AreaScope(DivisionCode.of(homeDivision));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}

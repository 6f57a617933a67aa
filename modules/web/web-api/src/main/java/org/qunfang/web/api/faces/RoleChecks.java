package org.qunfang.web.api.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.qunfang.access.api.RoleGroup;

/** Role groups for pages: {@code rendered="#{roles.in('FIELD_STAFF')}"}. */
@Named("roles")
@RequestScoped
public class RoleChecks {

  @Inject SecurityContext security;

  public boolean in(String group) {
    return in(RoleGroup.valueOf(group));
  }

  public boolean in(RoleGroup group) {
    return group.roles().stream().anyMatch(role -> security.isCallerInRole(role.name()));
  }
}

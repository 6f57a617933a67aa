package org.qunfang.access.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.qunfang.access.api.RoleGroup;
import org.qunfang.web.api.menu.MenuEntry;
import org.qunfang.web.api.menu.ModuleWeb;

/** The access pages in the shell's menu. */
@ApplicationScoped
public class AccessWeb implements ModuleWeb {

  @Override
  public String name() {
    return "access";
  }

  @Override
  public int position() {
    return 40;
  }

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry("accounts", "nav.accounts", "pi pi-users", RoleGroup.ADMINISTRATORS),
        new MenuEntry("audit", "nav.audit", "pi pi-history", RoleGroup.AUDITORS));
  }
}

package org.qunfang.dispatch.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.qunfang.access.api.RoleGroup;
import org.qunfang.web.api.menu.MenuEntry;
import org.qunfang.web.api.menu.ModuleWeb;

/** The dispatch pages in the shell's menu. */
@ApplicationScoped
public class DispatchWeb implements ModuleWeb {

  @Override
  public String name() {
    return "dispatch";
  }

  @Override
  public int position() {
    return 15;
  }

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry("duty", "nav.duty", "pi pi-check-square", RoleGroup.SHIFT_LEADERS),
        new MenuEntry("mine", "nav.mine", "pi pi-calendar-clock", RoleGroup.ON_DUTY),
        new MenuEntry("coverage", "nav.coverage", "pi pi-calendar", RoleGroup.DISPATCH_READERS),
        new MenuEntry("people", "nav.people", "pi pi-id-card", RoleGroup.DISPATCH_READERS),
        new MenuEntry("posts", "nav.posts", "pi pi-map", RoleGroup.DISPATCH_READERS),
        new MenuEntry(
            "organisations", "nav.organisations", "pi pi-flag", RoleGroup.DISPATCH_READERS),
        new MenuEntry("orders", "nav.orders", "pi pi-megaphone", RoleGroup.DISPATCH_READERS));
  }
}

package org.qunfang.care.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.qunfang.access.api.RoleGroup;
import org.qunfang.care.api.alert.CareAlerts;
import org.qunfang.web.api.faces.RoleChecks;
import org.qunfang.web.api.menu.MenuEntry;
import org.qunfang.web.api.menu.ModuleWeb;

/** The care pages in the shell's menu; the desk shows how many alerts wait. */
@ApplicationScoped
public class CareWeb implements ModuleWeb {

  static final MenuEntry DESK =
      new MenuEntry("desk", "nav.careDesk", "pi pi-bell", RoleGroup.CARE_DESK);

  @Inject CareAlerts alerts;

  @Inject RoleChecks roles;

  @Override
  public String name() {
    return "care";
  }

  @Override
  public int position() {
    return 18;
  }

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        DESK,
        new MenuEntry("round", "nav.careRound", "pi pi-heart", RoleGroup.CARE_DESK),
        new MenuEntry("observed", "nav.observed", "pi pi-users", RoleGroup.CARE_DESK),
        new MenuEntry("help", "nav.careHelp", "pi pi-shopping-bag", RoleGroup.CARE_DESK),
        new MenuEntry("types", "nav.careTypes", "pi pi-sliders-h", RoleGroup.CARE_MANAGERS));
  }

  @Override
  public long badge(MenuEntry entry) {
    return entry.equals(DESK) && roles.in(RoleGroup.CARE_DESK) ? alerts.openCount() : 0;
  }
}

package org.qunfang.dispatch.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.qunfang.access.api.RoleGroup;
import org.qunfang.dispatch.api.report.DispatchReporting;
import org.qunfang.dispatch.api.report.DutyFigures;
import org.qunfang.web.api.faces.RoleChecks;
import org.qunfang.web.api.menu.MenuEntry;
import org.qunfang.web.api.menu.ModuleWeb;
import org.qunfang.web.api.menu.ToDo;

/** The dispatch pages in the shell's menu. */
@ApplicationScoped
public class DispatchWeb implements ModuleWeb {

  @Inject DispatchReporting reporting;

  @Inject RoleChecks roles;

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

  /** For dispatchers: places nobody fills in the next 24 hours, and today's no-shows. */
  @Override
  public List<ToDo> toDos() {
    if (!roles.in(RoleGroup.DISPATCHERS)) {
      return List.of();
    }
    DutyFigures duty = reporting.duty(null);
    return List.of(
        new ToDo("dispatchGaps", "todo.dispatchGaps", duty.gapsNext24h(), path("coverage"), true),
        new ToDo(
            "dispatchNoShows", "todo.dispatchNoShows", duty.noShowsToday(), path("duty"), true));
  }
}

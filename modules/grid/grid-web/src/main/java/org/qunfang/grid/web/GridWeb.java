package org.qunfang.grid.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.qunfang.access.api.RoleGroup;
import org.qunfang.grid.api.todo.GridToDos;
import org.qunfang.grid.api.todo.GridWaiting;
import org.qunfang.web.api.faces.RoleChecks;
import org.qunfang.web.api.menu.MenuEntry;
import org.qunfang.web.api.menu.ModuleWeb;
import org.qunfang.web.api.menu.ToDo;

/** The grid pages in the shell's menu, and the field staff's to-dos. */
@ApplicationScoped
public class GridWeb implements ModuleWeb {

  @Inject GridToDos toDos;

  @Inject RoleChecks roles;

  @Override
  public String name() {
    return "grid";
  }

  @Override
  public int position() {
    return 10;
  }

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry("divisions", "nav.divisions", "pi pi-sitemap", RoleGroup.EVERYONE),
        new MenuEntry("grids", "nav.grids", "pi pi-th-large", RoleGroup.FIELD_STAFF),
        new MenuEntry("residents", "nav.residents", "pi pi-home", RoleGroup.FIELD_STAFF),
        new MenuEntry("sweeps", "nav.sweeps", "pi pi-flag", RoleGroup.FIELD_STAFF),
        new MenuEntry("screening", "nav.screening", "pi pi-phone", RoleGroup.FIELD_STAFF),
        new MenuEntry("checkpoints", "nav.checkpoints", "pi pi-map-marker", RoleGroup.FIELD_STAFF),
        new MenuEntry("outreach", "nav.outreach", "pi pi-comments", RoleGroup.FIELD_STAFF),
        new MenuEntry("dashboard", "nav.dashboard", "pi pi-chart-bar", RoleGroup.AREA_READERS));
  }

  /** Arrivals to follow up, households the running sweeps still have to visit, fevers today. */
  @Override
  public List<ToDo> toDos() {
    if (!roles.in(RoleGroup.FIELD_STAFF)) {
      return List.of();
    }
    GridWaiting waiting = toDos.waiting();
    return List.of(
        new ToDo(
            "gridArrivals",
            "todo.gridArrivals",
            waiting.arrivalsPending(),
            path("screening") + "?status=PENDING",
            false),
        new ToDo(
            "gridToVisit", "todo.gridToVisit", waiting.householdsToVisit(), path("sweeps"), false),
        new ToDo(
            "gridFevers",
            "todo.gridFevers",
            waiting.feversToday(),
            path("checkpoints") + "?fevers=today",
            true));
  }
}

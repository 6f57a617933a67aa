package org.qunfang.care.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qunfang.access.api.RoleGroup;
import org.qunfang.care.api.alert.AlertKind;
import org.qunfang.care.api.alert.CareAlerts;
import org.qunfang.care.api.figures.CareDashboard;
import org.qunfang.care.api.figures.CareNow;
import org.qunfang.web.api.faces.RoleChecks;
import org.qunfang.web.api.menu.MenuEntry;
import org.qunfang.web.api.menu.ModuleWeb;
import org.qunfang.web.api.menu.ToDo;

/** The care pages in the shell's menu; the desk shows how many alerts wait. */
@ApplicationScoped
public class CareWeb implements ModuleWeb {

  static final MenuEntry DESK =
      new MenuEntry("desk", "nav.careDesk", "pi pi-bell", RoleGroup.CARE_DESK);

  @Inject CareAlerts alerts;

  @Inject RoleChecks roles;

  @Inject CareDashboard dashboard;

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

  /**
   * The desk's alerts by kind for everyone at the desk; for the area's officers also who is due for
   * release and the help requests overdue.
   */
  @Override
  public List<ToDo> toDos() {
    List<ToDo> toDos = new ArrayList<>();
    if (roles.in(RoleGroup.CARE_DESK)) {
      Map<AlertKind, Long> open = alerts.openCounts();
      long abnormal =
          open.getOrDefault(AlertKind.ABNORMAL, 0L) + open.getOrDefault(AlertKind.POSITIVE, 0L);
      toDos.add(
          new ToDo(
              "careMissed",
              "todo.careMissed",
              open.getOrDefault(AlertKind.MISSED, 0L),
              path("desk") + "?kind=MISSED",
              true));
      toDos.add(
          new ToDo(
              "careAbnormal",
              "todo.careAbnormal",
              abnormal,
              path("desk") + "?kind=ABNORMAL",
              true));
    }
    if (roles.in(RoleGroup.AREA_OFFICERS)) {
      CareNow now = dashboard.now(null);
      toDos.add(
          new ToDo("careDue", "todo.careDue", now.periodOver(), path("desk") + "#desk:due", false));
      toDos.add(
          new ToDo(
              "careHelpOverdue",
              "todo.careHelpOverdue",
              now.helpOverdue(),
              path("help") + "?overdue=true",
              true));
    }
    return toDos;
  }

  @Override
  public long badge(MenuEntry entry) {
    return entry.equals(DESK) && roles.in(RoleGroup.CARE_DESK) ? alerts.openCount() : 0;
  }
}

package org.qunfang.hotline.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.access.api.RoleGroup;
import org.qunfang.hotline.api.call.CallLog;
import org.qunfang.web.api.faces.RoleChecks;
import org.qunfang.web.api.menu.MenuEntry;
import org.qunfang.web.api.menu.ModuleWeb;
import org.qunfang.web.api.menu.ToDo;

/** The hotline pages in the shell's menu. */
@ApplicationScoped
public class HotlineWeb implements ModuleWeb {

  @Inject CallLog calls;

  @Inject CurrentCaller caller;

  @Inject RoleChecks roles;

  @Override
  public String name() {
    return "hotline";
  }

  @Override
  public int position() {
    return 20;
  }

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry("calls", "nav.calls", "pi pi-heart", RoleGroup.HOTLINE_STAFF),
        new MenuEntry("hotline", "nav.desk", "pi pi-users", RoleGroup.HOTLINE_DESK));
  }

  /**
   * For supervisors, the high-risk calls whose 24-hour review is overdue; for everyone who takes
   * calls, the follow-ups past their day. Both lists are short: they are what is late.
   */
  @Override
  public List<ToDo> toDos() {
    List<ToDo> toDos = new ArrayList<>();
    if (caller.profile().has(Role.HOTLINE_SUPERVISOR)) {
      toDos.add(
          new ToDo(
              "hotlineReviews",
              "todo.hotlineReviews",
              calls.overdueReviews().size(),
              path("hotline"),
              true));
    }
    if (roles.in(RoleGroup.HOTLINE_STAFF)) {
      toDos.add(
          new ToDo(
              "hotlineFollowUps",
              "todo.hotlineFollowUps",
              calls.followUps(true).size(),
              path("hotline"),
              true));
    }
    return toDos;
  }
}

package org.qunfang.hotline.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.qunfang.access.api.RoleGroup;
import org.qunfang.web.api.menu.MenuEntry;
import org.qunfang.web.api.menu.ModuleWeb;

/** The hotline pages in the shell's menu. */
@ApplicationScoped
public class HotlineWeb implements ModuleWeb {

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
}

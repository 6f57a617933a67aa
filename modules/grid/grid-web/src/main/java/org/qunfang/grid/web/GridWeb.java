package org.qunfang.grid.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.qunfang.access.api.RoleGroup;
import org.qunfang.web.api.menu.MenuEntry;
import org.qunfang.web.api.menu.ModuleWeb;

/** The grid pages in the shell's menu. */
@ApplicationScoped
public class GridWeb implements ModuleWeb {

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
}

package org.qunfang.reports.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.qunfang.access.api.RoleGroup;
import org.qunfang.web.api.menu.MenuEntry;
import org.qunfang.web.api.menu.ModuleWeb;

/** The reports pages in the shell's menu. */
@ApplicationScoped
public class ReportsWeb implements ModuleWeb {

  @Override
  public String name() {
    return "reports";
  }

  @Override
  public int position() {
    return 30;
  }

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry("reports", "nav.reports", "pi pi-file-pdf", RoleGroup.REPORT_READERS));
  }
}

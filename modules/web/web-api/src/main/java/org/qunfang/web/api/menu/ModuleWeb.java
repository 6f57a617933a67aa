package org.qunfang.web.api.menu;

import java.util.List;

/**
 * A module's web slice as the shell sees it: a CDI bean in the module's web jar. Its pages are
 * served from the jar's {@code META-INF/resources/<name>/}, its texts are {@code
 * org.qunfang.<name>.web.Texts}, and its menu entries join the shell's menu in {@link #position}
 * order.
 */
public interface ModuleWeb {

  /** The module's name, as in its packages and its page folder: {@code grid}. */
  String name();

  /** Where its entries stand in the menu, smaller first. */
  int position();

  List<MenuEntry> menu();

  /**
   * A count to show beside an entry for the signed-in user — open alerts, say — or 0 for none. It
   * is read on every page, so it must be cheap.
   */
  default long badge(MenuEntry entry) {
    return 0;
  }

  /**
   * What waits for the signed-in user in this module, for the workbench and its menu badge: only
   * the kinds their roles work on, each counted within their area. Read again every half minute
   * while the workbench is open, so each count must be a query over indexed columns.
   */
  default List<ToDo> toDos() {
    return List.of();
  }

  default String texts() {
    return "org.qunfang." + name() + ".web.Texts";
  }

  /** The path of one of its pages in the application: {@code /grid/residents.xhtml}. */
  default String path(String page) {
    return "/" + name() + "/" + page + ".xhtml";
  }
}

package org.qunfang.web.menu;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.ResourceBundle;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;
import org.qunfang.web.api.faces.LanguageSwitch;
import org.qunfang.web.api.faces.RoleChecks;
import org.qunfang.web.api.menu.MenuEntry;
import org.qunfang.web.api.menu.ModuleWeb;

/** The menu bar: home, then each module's pages that the signed-in user's roles open. */
@Named("menu")
@RequestScoped
public class Menu {

  @Inject @Any Instance<ModuleWeb> modules;

  @Inject RoleChecks roles;

  @Inject LanguageSwitch language;

  private MenuModel model;

  public MenuModel getModel() {
    if (model == null) {
      model = build();
    }
    return model;
  }

  private MenuModel build() {
    ResourceBundle texts = ResourceBundle.getBundle("org.qunfang.web.Texts", language.getLocale());
    DefaultMenuModel built = new DefaultMenuModel();
    built.getElements().add(item("home", texts.getString("nav.home"), "pi pi-home", "/index"));
    modules.stream()
        .sorted(Comparator.comparingInt(ModuleWeb::position))
        .forEach(
            module -> {
              for (MenuEntry entry : module.menu()) {
                if (roles.in(entry.group())) {
                  built
                      .getElements()
                      .add(
                          item(
                              entry.page(),
                              texts.getString(entry.label()),
                              entry.icon(),
                              "/" + module.name() + "/" + entry.page()));
                }
              }
            });
    built.generateUniqueIds();
    return built;
  }

  private static DefaultMenuItem item(String id, String label, String icon, String outcome) {
    return DefaultMenuItem.builder()
        .id(id)
        .value(label)
        .icon(icon)
        .outcome(outcome)
        .styleClass("menu-" + id)
        .build();
  }
}

package org.qunfang.web.menu;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.qunfang.web.api.faces.LanguageSwitch;
import org.qunfang.web.api.faces.RoleChecks;
import org.qunfang.web.api.menu.MenuEntry;
import org.qunfang.web.api.menu.ModuleWeb;

/** The menu: home, then each module's pages that the signed-in user's roles open. */
@Named("menu")
@RequestScoped
public class Menu {

  /**
   * One link of the menu; {@code current} marks the page being shown, {@code badge} a count to show
   * beside it (0: none).
   */
  public record Link(
      String id, String label, String icon, String path, boolean current, long badge) {}

  @Inject @Any Instance<ModuleWeb> modules;

  @Inject RoleChecks roles;

  @Inject LanguageSwitch language;

  @Inject Workbench workbench;

  private List<Link> links;
  private Locale builtIn;

  /**
   * The links in the page's language: a postback reads them while decoding, before a switch of
   * language, so they are built again when the language has changed since.
   */
  public List<Link> getLinks() {
    if (links == null || !language.getLocale().equals(builtIn)) {
      builtIn = language.getLocale();
      links = build(FacesContext.getCurrentInstance().getViewRoot().getViewId());
    }
    return links;
  }

  /**
   * What waits for the user, for the phone's folded menu button: the workbench's total, which holds
   * every module's to-dos (the care desk's alerts among them).
   */
  public long getBadges() {
    return workbench.getTotal();
  }

  private List<Link> build(String shown) {
    ResourceBundle texts = ResourceBundle.getBundle("org.qunfang.web.Texts", language.getLocale());
    List<Link> built = new ArrayList<>();
    built.add(
        new Link(
            "home",
            texts.getString("nav.home"),
            "pi pi-inbox",
            "/index.xhtml",
            "/index.xhtml".equals(shown),
            workbench.getTotal()));
    modules.stream()
        .sorted(Comparator.comparingInt(ModuleWeb::position))
        .forEach(
            module -> {
              for (MenuEntry entry : module.menu()) {
                if (roles.in(entry.group())) {
                  String path = "/" + module.name() + "/" + entry.page() + ".xhtml";
                  built.add(
                      new Link(
                          entry.page(),
                          texts.getString(entry.label()),
                          entry.icon(),
                          path,
                          path.equals(shown),
                          module.badge(entry)));
                }
              }
            });
    return List.copyOf(built);
  }
}

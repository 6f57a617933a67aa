package org.qunfang.web.menu;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.qunfang.web.api.menu.ModuleWeb;
import org.qunfang.web.api.menu.ToDo;

/**
 * The workbench (工作台): every module's to-dos for the signed-in person, in menu order. Counted at
 * most every half minute per session (the menu's badge reads them on every page), and at once when
 * the workbench asks.
 */
@Named("workbench")
@RequestScoped
public class Workbench {

  private static final Logger LOG = Logger.getLogger(Workbench.class.getName());

  @Inject @Any Instance<ModuleWeb> modules;

  @Inject WorkbenchCounts counts;

  private final Clock clock = Clock.systemUTC();

  public List<ToDo> getToDos() {
    return counts.fresh(clock.instant()).orElseGet(this::refresh);
  }

  /** What waits, all together: the menu's badge beside 工作台. */
  public long getTotal() {
    return getToDos().stream().mapToLong(ToDo::count).sum();
  }

  /** Counts again now: the page's poll, and the page's first load. */
  public List<ToDo> refresh() {
    List<ToDo> all = new ArrayList<>();
    modules.stream()
        .sorted(Comparator.comparingInt(ModuleWeb::position))
        .forEach(module -> all.addAll(of(module)));
    counts.keep(List.copyOf(all), clock.instant());
    return all;
  }

  /** One module's to-dos; a module that fails to count is left out, not the whole workbench. */
  private static List<ToDo> of(ModuleWeb module) {
    try {
      return module.toDos();
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "The " + module.name() + " to-dos could not be counted", failed);
      return List.of();
    }
  }
}

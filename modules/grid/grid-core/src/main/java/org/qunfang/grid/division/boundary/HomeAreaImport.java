package org.qunfang.grid.division.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qunfang.grid.division.control.DivisionImport;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.area.DivisionLevel;
import org.qunfang.kernel.division.HomeAreaImported;

/**
 * Imports the home area's divisions at start-up ({@code QUNFANG_HOME_AREA}, a county or district
 * code such as 350923 or 350105) and announces it, so other modules can prepare for the area.
 */
@Startup
@Singleton
@DependsOn("GridSchema")
public class HomeAreaImport {

  private static final Logger LOG = Logger.getLogger(HomeAreaImport.class.getName());

  @Inject
  @ConfigProperty(name = "qunfang.home-area", defaultValue = "350923")
  String homeArea;

  @Inject DivisionImport divisionImport;

  @Inject Event<HomeAreaImported> imported;

  @PostConstruct
  void importOnStartup() {
    importArea(homeAreaCode());
  }

  /**
   * Imports one county's divisions and announces it; after-commit observers see the tree. Not
   * reachable over HTTP: start-up calls it for the configured area (tests, for another).
   */
  public HomeAreaImported importArea(DivisionCode area) {
    DivisionImport.Result result = divisionImport.importArea(area);
    LOG.info(
        () ->
            "Home area "
                + area
                + " "
                + result.areaName()
                + ": "
                + result.divisions()
                + " divisions, "
                + result.changed()
                + " written");
    HomeAreaImported event =
        new HomeAreaImported(area.value(), result.areaName(), result.divisions(), result.changed());
    imported.fire(event);
    return event;
  }

  private DivisionCode homeAreaCode() {
    if (!DivisionCode.isWellFormed(homeArea)
        || DivisionCode.of(homeArea).level() != DivisionLevel.COUNTY) {
      throw new IllegalStateException(
          "qunfang.home-area must be a six-digit county or district code, not '" + homeArea + "'");
    }
    return DivisionCode.of(homeArea);
  }
}

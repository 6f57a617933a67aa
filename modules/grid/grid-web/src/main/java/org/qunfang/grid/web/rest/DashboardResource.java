package org.qunfang.grid.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.grid.api.ledger.Dashboard;
import org.qunfang.grid.api.ledger.GridLedgers;

/** The key counts of an area for its dashboard. */
@RequestScoped
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard 总览")
public class DashboardResource {

  @Inject GridLedgers ledgers;

  @GET
  @Operation(
      summary =
          "总览：网格、人员、居民、微信群覆盖、摸排、卡点和最近的扫楼行动，按下一级区域分列；卡点通行取 from 至 until（缺省近 14 天） · Grids, staff, people, WeChat reach, screening, checkpoints and the latest sweep, by the areas one level down; passages from 'from' to 'until' (the last 14 days by default)")
  public Dashboard dashboard(
      @QueryParam("area") String area,
      @QueryParam("from") LocalDate from,
      @QueryParam("until") LocalDate until) {
    if (from == null && until == null) {
      return ledgers.dashboard(area);
    }
    return ledgers.dashboard(area, from, until);
  }
}

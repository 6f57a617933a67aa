package org.qunfang.care.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.care.api.check.HealthChecks;
import org.qunfang.care.api.check.RoundItem;
import org.qunfang.care.api.figures.CareFigures;
import org.qunfang.care.api.figures.DailyFigures;
import org.qunfang.care.api.observation.ObservationView;
import org.qunfang.care.api.observation.Observations;
import org.qunfang.care.api.release.DueView;
import org.qunfang.care.api.release.Releases;

/**
 * The care desk's day: a worker's people and the checks due, who is due for release, and the daily
 * figures.
 */
@RequestScoped
@Path("care")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Care desk 关爱服务台")
public class DeskResource {

  @Inject HealthChecks checks;

  @Inject Observations observations;

  @Inject CareFigures figures;

  @Inject Releases releases;

  @GET
  @Path("round")
  @Operation(
      summary =
          "某日（默认今日）应做的检测，按时段和姓名（只显示是否已测，不显示读数） · The checks due on a day, by slot and name (whether done, not the readings)")
  public List<RoundItem> round(@QueryParam("day") LocalDate day) {
    return checks.round(day);
  }

  @GET
  @Path("mine")
  @Operation(summary = "本人所在服务小组负责的观察对象 · The people in my care")
  public List<ObservationView> mine() {
    return observations.mine();
  }

  @GET
  @Path("figures")
  @Operation(
      summary =
          "某日（默认今日）的日报数字：累计追踪、当日解除、尚在观察等，按下一级区域 · The daily figures of an area, by the divisions below it")
  public DailyFigures daily(@QueryParam("area") String area, @QueryParam("day") LocalDate day) {
    return figures.daily(area, day);
  }

  @GET
  @Path("due")
  @Operation(summary = "观察期已满的人员及不能解除的原因，可解除的在前 · Those whose period is over, and what holds each")
  public List<DueView> due(@QueryParam("area") String area) {
    return releases.due(area);
  }
}

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
import org.qunfang.care.api.observation.ObservationView;
import org.qunfang.care.api.observation.Observations;

/** A care worker's day: the people in their care and the checks due. */
@RequestScoped
@Path("care")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Care checks 体温与症状监测")
public class RoundResource {

  @Inject HealthChecks checks;

  @Inject Observations observations;

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
}

package org.qunfang.care.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.care.api.alert.AlertResponse;
import org.qunfang.care.api.alert.AlertView;
import org.qunfang.care.api.alert.CareAlerts;

/** The care desk's open alerts and what was done about them. */
@RequestScoped
@Path("care/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Care alerts 预警")
public class AlertsResource {

  @Inject CareAlerts alerts;

  /** How many alerts are open. */
  public record OpenCount(long open) {}

  @GET
  @Operation(summary = "待处理的预警，最早的在前（社区看全部，镇街和区看超过 2 小时的，服务小组看本人负责的） · Open alerts, oldest first")
  public List<AlertView> open() {
    return alerts.open();
  }

  @GET
  @Path("count")
  @Operation(summary = "待处理预警数（菜单角标） · How many alerts are open (the menu badge)")
  public OpenCount count() {
    return new OpenCount(alerts.openCount());
  }

  @POST
  @Path("{id}/response")
  @Operation(
      summary =
          "处理预警：复测、报社区卫生服务中心、转运（结束观察）或失联 · Act on an alert: recheck, report, transfer (ends the observation) or lost")
  public AlertView respond(@PathParam("id") UUID id, @Valid @NotNull AlertResponse response) {
    return alerts.respond(id, response);
  }
}

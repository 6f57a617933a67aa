package org.qunfang.care.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.care.api.alert.AlertView;
import org.qunfang.care.api.alert.CareAlerts;
import org.qunfang.care.api.observation.EndChange;
import org.qunfang.care.api.observation.EndChangeView;
import org.qunfang.care.api.observation.ObservationStatus;
import org.qunfang.care.api.observation.ObservationView;
import org.qunfang.care.api.observation.Observations;
import org.qunfang.care.api.observation.Placement;
import org.qunfang.care.api.release.ReleaseHold;
import org.qunfang.care.api.release.Released;
import org.qunfang.care.api.release.Releases;

/** People under home observation: placing them, their period and its changes, their alerts. */
@RequestScoped
@Path("care/observations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Care observations 居家观察")
public class ObservationsResource {

  @Inject Observations observations;

  @Inject CareAlerts alerts;

  @Inject Releases releases;

  @GET
  @Operation(
      summary =
          "区域内的观察（可按状态、姓名筛选），最近开始的在前 · Observations of an area, by status and name, the latest first")
  public List<ObservationView> list(
      @QueryParam("area") String area,
      @QueryParam("status") ObservationStatus status,
      @QueryParam("name") String name) {
    return observations.list(area, status, name);
  }

  @POST
  @Operation(
      summary = "将登记在册的居民纳入居家观察，按类型生成每日检测和核酸检测 · Place a registered resident under observation")
  @APIResponse(
      responseCode = "201",
      description = "已纳入 · Placed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ObservationView.class)))
  public Response place(@Valid @NotNull Placement placement) {
    return Response.status(Response.Status.CREATED).entity(observations.place(placement)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "一条观察记录 · An observation")
  public ObservationView observation(@PathParam("id") UUID id) {
    return observations.observation(id);
  }

  @PUT
  @Path("{id}/planned-end")
  @Operation(
      summary =
          "调整计划结束日期（须说明原因，留有记录） · Move the planned last day, with the reason (kept in the history)")
  public ObservationView changeEnd(@PathParam("id") UUID id, @Valid @NotNull EndChange change) {
    return observations.changeEnd(id, change);
  }

  @GET
  @Path("{id}/end-changes")
  @Operation(summary = "结束日期的调整记录 · The changes of the planned last day")
  public List<EndChangeView> endChanges(@PathParam("id") UUID id) {
    return observations.endChanges(id);
  }

  @GET
  @Path("{id}/holds")
  @Operation(
      summary = "不能解除的原因（为空即可解除） · What holds someone's release (none: they may be released)")
  public List<ReleaseHold> holds(@PathParam("id") UUID id) {
    return releases.holds(id);
  }

  @POST
  @Path("{id}/release")
  @Operation(
      summary = "解除观察（期满、核酸均阴性、无未处理预警），同时出具解除通知单 · Release someone, issuing the release notice")
  public Released release(@PathParam("id") UUID id, @QueryParam("version") long version) {
    return releases.release(id, version);
  }

  @GET
  @Path("{id}/alerts")
  @Operation(summary = "此人的全部预警，最新在前 · Every alert of the observation, newest first")
  public List<AlertView> alerts(@PathParam("id") UUID id) {
    return alerts.of(id);
  }
}

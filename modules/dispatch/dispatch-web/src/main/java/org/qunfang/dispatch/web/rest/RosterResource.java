package org.qunfang.dispatch.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.dispatch.api.roster.Assignment;
import org.qunfang.dispatch.api.roster.AutoRosterJob;
import org.qunfang.dispatch.api.roster.AutoRosterRequest;
import org.qunfang.dispatch.api.roster.AutoRostering;
import org.qunfang.dispatch.api.roster.CandidateView;
import org.qunfang.dispatch.api.roster.Coverage;
import org.qunfang.dispatch.api.roster.Rosters;
import org.qunfang.dispatch.api.roster.ShiftView;
import org.qunfang.dispatch.api.roster.SlotView;
import org.qunfang.web.api.Languages;
import org.qunfang.web.api.rest.Spreadsheets;

/** The roster: coverage of an area, and slots filled and freed by hand. */
@RequestScoped
@Path("dispatch/roster")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch roster 排班")
public class RosterResource {

  @Inject Rosters rosters;

  @Inject AutoRostering auto;

  @Context HttpHeaders headers;

  @GET
  @Path("coverage")
  @Operation(
      summary =
          "区域排班覆盖：进行中和 24 小时内的班次在前，空缺计数 · An area's shifts, those under way or within 24 h first, with gaps counted")
  public Coverage coverage(
      @QueryParam("area") String area,
      @QueryParam("from") LocalDate from,
      @QueryParam("days") @DefaultValue("1") int days) {
    return rosters.coverage(area, from, days);
  }

  @GET
  @Path("shifts/{id}")
  @Operation(summary = "班次及其空位 · A shift with its slots")
  public ShiftView shift(@PathParam("id") UUID id) {
    return rosters.shift(id);
  }

  @PUT
  @Path("slots/{id}")
  @Operation(
      summary =
          "安排人员到空位；违反规则时逐条说明，他人已先安排则 409 · Put someone on a slot; each rule it would break is named, 409 when someone else was first")
  public SlotView assign(@PathParam("id") UUID id, @Valid @NotNull Assignment assignment) {
    return rosters.assign(id, assignment);
  }

  @DELETE
  @Path("slots/{id}")
  @Operation(summary = "腾空空位 · Free a slot")
  public SlotView release(@PathParam("id") UUID id, @QueryParam("version") long version) {
    return rosters.release(id, version);
  }

  @GET
  @Path("slots/{id}/candidates")
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(
      summary =
          "可安排到该空位而不违反规则的人员（本社区优先、本周工时少者优先，最多 30 人） · Who could take a slot without breaking a rule (own community, then fewest hours; at most 30)")
  public List<CandidateView> candidates(@PathParam("id") UUID id) {
    return rosters.candidates(id);
  }

  @POST
  @Path("auto")
  @Operation(
      summary =
          "自动排班（后台任务）：不违反硬性规则，保留手工安排 · Automatic rostering in the background: no hard rule broken, hand edits kept")
  @APIResponse(
      responseCode = "202",
      description = "已开始 · Started",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AutoRosterJob.class)))
  public Response startAuto(@Valid @NotNull AutoRosterRequest request) {
    return Response.accepted(auto.start(request, Languages.pick(headers.getAcceptableLanguages())))
        .build();
  }

  @GET
  @Path("auto/{id}")
  @Operation(summary = "自动排班进度与结果 · A rostering run's progress and outcome")
  public AutoRosterJob auto(@PathParam("id") UUID id) {
    return auto.status(id);
  }

  @POST
  @Path("auto/{id}/stop")
  @Operation(summary = "停止自动排班，保存当前最优结果 · Stop a rostering run; the best roster so far is saved")
  public AutoRosterJob stopAuto(@PathParam("id") UUID id) {
    return auto.stop(id);
  }
}

package org.qunfang.hotline.web.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.hotline.api.setup.AgencyView;
import org.qunfang.hotline.api.setup.CounsellorView;
import org.qunfang.hotline.api.setup.DutyView;
import org.qunfang.hotline.api.setup.HotlineSetup;
import org.qunfang.hotline.api.setup.HotlineView;
import org.qunfang.hotline.api.setup.NewAgency;
import org.qunfang.hotline.api.setup.NewCounsellor;
import org.qunfang.hotline.api.setup.NewDuty;
import org.qunfang.hotline.api.setup.NewHotline;
import org.qunfang.hotline.api.setup.NewTeam;
import org.qunfang.hotline.api.setup.TeamView;
import org.qunfang.web.api.rest.Spreadsheets;

/** The hotline service's set-up: lines, agencies, teams, counsellors and the duty roster. */
@RequestScoped
@Path("hotline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hotline set-up 热线设置")
public class HotlineSetupResource {

  @Inject HotlineSetup setup;

  @GET
  @Operation(summary = "心理援助热线 · Hotline numbers")
  @Path("lines")
  public List<HotlineView> hotlines() {
    return setup.hotlines();
  }

  @POST
  @Operation(summary = "新增热线 · Add a hotline number")
  @Path("lines")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = HotlineView.class)))
  public Response addHotline(@Valid @NotNull NewHotline hotline) {
    return created(setup.addHotline(hotline));
  }

  @GET
  @Path("lines/{id}/on-duty")
  @Operation(summary = "某一时刻（默认现在）值班的咨询员 · Who answers the line at a moment (now by default)")
  public List<DutyView> onDuty(@PathParam("id") UUID id, @QueryParam("at") Instant at) {
    return setup.onDuty(id, at);
  }

  @GET
  @Operation(summary = "社工机构 · Social-work agencies")
  @Path("agencies")
  public List<AgencyView> agencies() {
    return setup.agencies();
  }

  @POST
  @Operation(summary = "新增社工机构 · Add a social-work agency")
  @Path("agencies")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AgencyView.class)))
  public Response addAgency(@Valid @NotNull NewAgency agency) {
    return created(setup.addAgency(agency));
  }

  @GET
  @Operation(summary = "服务队 · Service teams")
  @Path("teams")
  public List<TeamView> teams() {
    return setup.teams();
  }

  @POST
  @Operation(summary = "新增服务队，可隶属社工机构 · Add a service team, optionally of an agency")
  @Path("teams")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TeamView.class)))
  public Response addTeam(@Valid @NotNull NewTeam team) {
    return created(setup.addTeam(team));
  }

  @GET
  @Operation(summary = "热线咨询员 · Hotline counsellors")
  @Path("counsellors")
  public List<CounsellorView> counsellors() {
    return setup.counsellors();
  }

  @POST
  @Operation(summary = "新增咨询员，可关联登录账号 · Add a counsellor, optionally tied to an account")
  @Path("counsellors")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CounsellorView.class)))
  public Response addCounsellor(@Valid @NotNull NewCounsellor counsellor) {
    return created(setup.addCounsellor(counsellor));
  }

  @GET
  @Path("roster")
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(
      summary =
          "与某时段重叠的排班（默认今日起 7 天） · Duties overlapping a period (the next 7 days from today by default)")
  public List<DutyView> roster(@QueryParam("from") Instant from, @QueryParam("to") Instant to) {
    return setup.roster(from, to);
  }

  @POST
  @Operation(
      summary = "新增排班；同一咨询员时段重叠则 409 · Add a duty; 409 when it overlaps the counsellor's others")
  @Path("roster")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DutyView.class)))
  public Response addDuty(@Valid @NotNull NewDuty duty) {
    return created(setup.addDuty(duty));
  }

  private static Response created(Object entity) {
    return Response.status(Response.Status.CREATED).entity(entity).build();
  }
}

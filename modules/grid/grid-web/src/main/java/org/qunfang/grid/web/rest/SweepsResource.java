package org.qunfang.grid.web.rest;

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
import org.qunfang.grid.api.AreaLevel;
import org.qunfang.grid.api.sweep.NewSweep;
import org.qunfang.grid.api.sweep.NewVisit;
import org.qunfang.grid.api.sweep.SweepProgress;
import org.qunfang.grid.api.sweep.SweepView;
import org.qunfang.grid.api.sweep.Sweeps;
import org.qunfang.grid.api.sweep.VisitChange;
import org.qunfang.grid.api.sweep.VisitView;
import org.qunfang.web.api.rest.Spreadsheets;

/** Sweep campaigns (扫楼行动), their visit records and live progress. */
@RequestScoped
@Path("sweeps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sweeps 扫楼")
public class SweepsResource {

  @Inject Sweeps sweeps;

  @POST
  @Operation(summary = "在辖区内某一区划开展扫楼行动 · Open a campaign over a division of your area")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SweepView.class)))
  public Response open(@Valid @NotNull NewSweep sweep) {
    return Response.status(Response.Status.CREATED).entity(sweeps.open(sweep)).build();
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(summary = "辖区内的扫楼行动，最新在前 · Campaigns over or within your area, newest first")
  public List<SweepView> list() {
    return sweeps.list();
  }

  @GET
  @Operation(summary = "查看一次扫楼行动 · One sweep campaign")
  @Path("{id}")
  public SweepView sweep(@PathParam("id") UUID id) {
    return sweeps.sweep(id);
  }

  @POST
  @Path("{id}/visits")
  @Operation(
      summary =
          "登记一户的走访；本次行动已走访过则 409 · Record a household's visit; 409 when it already has one in this campaign")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = VisitView.class)))
  public Response visit(@PathParam("id") UUID id, @Valid @NotNull NewVisit visit) {
    return Response.status(Response.Status.CREATED).entity(sweeps.visit(id, visit)).build();
  }

  @GET
  @Path("{id}/visits")
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(summary = "某小网格的走访记录 · The visit records of one small grid")
  public List<VisitView> visits(@PathParam("id") UUID id, @QueryParam("grid") @NotNull UUID grid) {
    return sweeps.visits(id, grid);
  }

  @PUT
  @Path("{id}/visits/{visit}")
  @Operation(
      summary =
          "更正走访记录；他人已先修改则 409 · Correct a visit record; 409 when someone else changed it first")
  public VisitView change(
      @PathParam("id") UUID id,
      @PathParam("visit") UUID visit,
      @Valid @NotNull VisitChange change) {
    return sweeps.change(visit, change);
  }

  @GET
  @Path("{id}/progress")
  @Operation(
      summary =
          "按网格、社区或乡镇统计已走访户数与登记人数 · Households visited of all, and people recorded, per grid, community or township")
  public SweepProgress progress(@PathParam("id") UUID id, @QueryParam("level") AreaLevel level) {
    return sweeps.progress(id, level == null ? AreaLevel.GRID : level);
  }
}

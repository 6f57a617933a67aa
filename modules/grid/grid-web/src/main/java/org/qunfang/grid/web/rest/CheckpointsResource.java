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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.grid.api.checkpoint.CheckpointChange;
import org.qunfang.grid.api.checkpoint.CheckpointView;
import org.qunfang.grid.api.checkpoint.Checkpoints;
import org.qunfang.grid.api.checkpoint.DailyCount;
import org.qunfang.grid.api.checkpoint.NewCheckpoint;
import org.qunfang.grid.api.checkpoint.NewPassage;
import org.qunfang.grid.api.checkpoint.PassageView;
import org.qunfang.web.api.rest.Spreadsheets;

/** Checkpoints (卡点) and their passage log. */
@RequestScoped
@Path("checkpoints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Checkpoints 卡点")
public class CheckpointsResource {

  @Inject Checkpoints checkpoints;

  @POST
  @Operation(summary = "在小网格内设置卡点 · Set up a checkpoint in a small grid")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CheckpointView.class)))
  public Response add(@Valid @NotNull NewCheckpoint checkpoint) {
    return Response.status(Response.Status.CREATED).entity(checkpoints.add(checkpoint)).build();
  }

  @GET
  @Operation(summary = "辖区内的卡点 · Checkpoints in your area")
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  public List<CheckpointView> list(@QueryParam("area") String area) {
    return checkpoints.list(area);
  }

  @GET
  @Operation(summary = "查看一个卡点 · One checkpoint")
  @Path("{id}")
  public CheckpointView checkpoint(@PathParam("id") UUID id) {
    return checkpoints.checkpoint(id);
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "修改开放时间、管理方式或启用状态；他人已先修改则 409 · Change hours, management or standing; 409 when someone else changed it first")
  public CheckpointView change(@PathParam("id") UUID id, @Valid @NotNull CheckpointChange change) {
    return checkpoints.change(id, change);
  }

  @POST
  @Path("{id}/passages")
  @Operation(
      summary =
          "登记通行；体温不在 34–43 ℃ 之间拒收，37.3 ℃ 及以上标记异常 · Log a passage; a temperature outside 34–43 °C is refused, 37.3 °C or more flagged")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PassageView.class)))
  public Response log(@PathParam("id") UUID id, @Valid @NotNull NewPassage passage) {
    return Response.status(Response.Status.CREATED).entity(checkpoints.log(id, passage)).build();
  }

  @GET
  @Path("{id}/passages")
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(summary = "某日的通行记录（默认今日），最新在前 · One day's passages (today by default), latest first")
  public List<PassageView> passages(@PathParam("id") UUID id, @QueryParam("day") LocalDate day) {
    return checkpoints.passages(id, day);
  }

  @GET
  @Path("{id}/daily")
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(summary = "每日通行统计（默认近 7 日） · Counts per day (the last seven by default)")
  public List<DailyCount> daily(
      @PathParam("id") UUID id,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to) {
    return checkpoints.daily(id, from, to);
  }

  @GET
  @Path("fevers")
  @Operation(
      summary =
          "辖区内各卡点某日（缺省今天）的发热通行记录，最新在前 · Passages with a fever at every checkpoint of the caller's area on a day (today by default), latest first")
  public List<PassageView> fevers(@QueryParam("day") LocalDate day) {
    return checkpoints.flagged(day);
  }
}

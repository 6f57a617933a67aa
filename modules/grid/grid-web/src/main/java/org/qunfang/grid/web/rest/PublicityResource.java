package org.qunfang.grid.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.grid.api.AreaLevel;
import org.qunfang.grid.api.publicity.ActivityView;
import org.qunfang.grid.api.publicity.NewActivity;
import org.qunfang.grid.api.publicity.Publicity;
import org.qunfang.grid.api.publicity.PublicityTotals;
import org.qunfang.web.api.rest.Spreadsheets;

/** Publicity activities (宣传) of communities. */
@RequestScoped
@Path("publicity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Publicity 宣传")
public class PublicityResource {

  @Inject Publicity publicity;

  @POST
  @Operation(summary = "登记社区宣传活动 · Record a publicity activity in a community")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ActivityView.class)))
  public Response record(@Valid @NotNull NewActivity activity) {
    return Response.status(Response.Status.CREATED).entity(publicity.record(activity)).build();
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(
      summary =
          "辖区内的宣传活动（默认近 30 天） · Activities in your area from a day to a day (the last 30 days by default)")
  public List<ActivityView> list(
      @QueryParam("area") String area,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to) {
    return publicity.list(area, from, to);
  }

  @GET
  @Path("totals")
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(
      summary = "按社区或乡镇汇总宣传活动，末行为合计 · Totals per community or township; the last row is the total")
  public List<PublicityTotals> totals(
      @QueryParam("area") String area,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("level") AreaLevel level) {
    return publicity.totals(area, from, to, level == null ? AreaLevel.COMMUNITY : level);
  }
}

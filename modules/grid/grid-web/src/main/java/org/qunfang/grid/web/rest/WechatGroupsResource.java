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
import org.qunfang.grid.api.wechat.CoverageRow;
import org.qunfang.grid.api.wechat.NewWechatGroup;
import org.qunfang.grid.api.wechat.WechatGroupChange;
import org.qunfang.grid.api.wechat.WechatGroupView;
import org.qunfang.grid.api.wechat.WechatGroups;
import org.qunfang.web.api.rest.Spreadsheets;

/** WeChat groups of small grids, and coverage. */
@RequestScoped
@Path("wechat-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "WeChat groups 微信群")
public class WechatGroupsResource {

  @Inject WechatGroups groups;

  @POST
  @Operation(
      summary =
          "新增小网格微信群；覆盖户数超过登记户数则 400 · Add a small grid's group; 400 when it covers more households than registered")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WechatGroupView.class)))
  public Response add(@Valid @NotNull NewWechatGroup group) {
    return Response.status(Response.Status.CREATED).entity(groups.add(group)).build();
  }

  @PUT
  @Operation(
      summary = "修改微信群；他人已先修改则 409 · Change a WeChat group; 409 when someone else changed it first")
  @Path("{id}")
  public WechatGroupView change(
      @PathParam("id") UUID id, @Valid @NotNull WechatGroupChange change) {
    return groups.change(id, change);
  }

  @GET
  @Operation(summary = "辖区内的网格微信群 · The grid WeChat groups of your area")
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  public List<WechatGroupView> list(@QueryParam("area") String area) {
    return groups.list(area);
  }

  @GET
  @Path("coverage")
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(
      summary =
          "按网格、社区或乡镇统计微信群覆盖户数，末行为合计 · Households covered of all registered, per grid, community or township; the last row is the total")
  public List<CoverageRow> coverage(
      @QueryParam("area") String area, @QueryParam("level") AreaLevel level) {
    return groups.coverage(area, level);
  }
}

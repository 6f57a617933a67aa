package org.qunfang.grid.web.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.grid.api.GridOrganisation;
import org.qunfang.grid.api.GridView;
import org.qunfang.grid.api.NewAssignment;
import org.qunfang.grid.api.NewGrid;
import org.qunfang.grid.api.StaffAssignmentView;

/** Grids and their staff, within the caller's area. */
@RequestScoped
@Path("grids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grids 网格")
public class GridsResource {

  @Inject GridOrganisation grids;

  @POST
  @Operation(
      summary =
          "划分大网格（乡镇）或小网格（社区，隶属大网格） · Draw a big grid (township) or a small grid (community, in a big grid)")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GridView.class)))
  public Response create(@Valid @NotNull NewGrid grid, @Context UriInfo uri) {
    GridView created = grids.create(grid);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(
      summary = "区域内的网格（默认本人辖区），按编码排列 · Grids within an area (default: the caller's), by code")
  public List<GridView> list(@QueryParam("area") String area) {
    return grids.list(area);
  }

  @GET
  @Operation(summary = "查看一个网格 · One grid")
  @Path("{id}")
  public GridView get(@PathParam("id") UUID id) {
    return grids.get(id);
  }

  @POST
  @Path("{id}/staff")
  @Operation(
      summary =
          "任命网格长（大网格，替换现任）或网格员 · Assign a leader (big grid; replaces the current one) or a member")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StaffAssignmentView.class)))
  public Response assign(@PathParam("id") UUID id, @Valid @NotNull NewAssignment assignment) {
    return Response.status(Response.Status.CREATED).entity(grids.assign(id, assignment)).build();
  }

  @GET
  @Path("{id}/staff")
  @Operation(
      summary =
          "网格的全部任职记录，现任在前；手机号已掩码 · Every assignment the grid has had, current first; phones masked")
  public List<StaffAssignmentView> history(@PathParam("id") UUID id) {
    return grids.history(id);
  }

  @POST
  @Path("staff/{assignmentId}/end")
  @Consumes(MediaType.WILDCARD) // no body
  @Operation(summary = "即时结束任职，保留在任职记录中 · End an assignment now; it stays in the history")
  public StaffAssignmentView end(@PathParam("assignmentId") UUID assignmentId) {
    return grids.end(assignmentId);
  }
}

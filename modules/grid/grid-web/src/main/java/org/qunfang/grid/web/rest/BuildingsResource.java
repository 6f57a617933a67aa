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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.grid.api.BuildingView;
import org.qunfang.grid.api.HouseholdRegister;
import org.qunfang.grid.api.NewBuilding;

/** Buildings (楼栋) of small grids. */
@RequestScoped
@Path("buildings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Households 住户")
public class BuildingsResource {

  @Inject HouseholdRegister register;

  @POST
  @Operation(summary = "在小网格内新增楼栋 · Add a building (楼栋) to a small grid")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BuildingView.class)))
  public Response addBuilding(@Valid @NotNull NewBuilding building) {
    return Response.status(Response.Status.CREATED).entity(register.addBuilding(building)).build();
  }

  @GET
  @Operation(summary = "小网格内的楼栋 · The buildings of a small grid")
  public List<BuildingView> buildings(@QueryParam("grid") @NotNull UUID gridId) {
    return register.buildings(gridId);
  }
}

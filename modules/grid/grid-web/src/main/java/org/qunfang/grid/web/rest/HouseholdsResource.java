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
import org.qunfang.grid.api.HouseholdChange;
import org.qunfang.grid.api.HouseholdRegister;
import org.qunfang.grid.api.HouseholdView;
import org.qunfang.grid.api.NewHousehold;
import org.qunfang.grid.api.NewResident;
import org.qunfang.grid.api.ResidentView;

/** Households of small grids and the people in them. */
@RequestScoped
@Path("households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Households 住户")
public class HouseholdsResource {

  @Inject HouseholdRegister register;

  @POST
  @Operation(summary = "在小网格内新增住户 · Add a household to a small grid")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = HouseholdView.class)))
  public Response addHousehold(@Valid @NotNull NewHousehold household) {
    return Response.status(Response.Status.CREATED)
        .entity(register.addHousehold(household))
        .build();
  }

  @GET
  @Operation(
      summary = "小网格内的住户及其成员（已掩码） · The households of a small grid, with their members (masked)")
  public List<HouseholdView> households(@QueryParam("grid") @NotNull UUID gridId) {
    return register.households(gridId);
  }

  @GET
  @Operation(summary = "查看一户 · One household with its members (masked)")
  @Path("{id}")
  public HouseholdView household(@PathParam("id") UUID id) {
    return register.household(id);
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "修改住户地址；他人已先修改则 409 · Change a household's address; 409 when someone else changed it first")
  public HouseholdView change(@PathParam("id") UUID id, @Valid @NotNull HouseholdChange change) {
    return register.change(id, change);
  }

  @POST
  @Path("{id}/residents")
  @Operation(
      summary =
          "登记居民；身份证号已登记则 409 并指明所在网格 · Add a person; 409 naming the grid when the ID number is already recorded")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ResidentView.class)))
  public Response addResident(@PathParam("id") UUID id, @Valid @NotNull NewResident resident) {
    ResidentView added = register.addResident(id, resident);
    return Response.status(Response.Status.CREATED).entity(added).build();
  }
}

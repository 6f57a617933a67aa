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
import org.qunfang.care.api.type.ObservationTypeView;
import org.qunfang.care.api.type.ObservationTypes;
import org.qunfang.care.api.type.TypeDefinition;

/** The district's observation types. */
@RequestScoped
@Path("care/types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Care types 观察类型")
public class TypesResource {

  @Inject ObservationTypes types;

  @GET
  @Operation(summary = "观察类型（停用的在后） · Observation types, the withdrawn last")
  public List<ObservationTypeView> list() {
    return types.list();
  }

  @POST
  @Operation(summary = "新增观察类型 · Add an observation type")
  @APIResponse(
      responseCode = "201",
      description = "已新增 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ObservationTypeView.class)))
  public Response add(@Valid @NotNull TypeDefinition definition) {
    return Response.status(Response.Status.CREATED).entity(types.add(definition)).build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "修改观察类型（只用于此后的纳入，进行中的观察不变） · Change a type (new placements only; running ones keep their rules)")
  public ObservationTypeView change(
      @PathParam("id") UUID id,
      @QueryParam("version") long version,
      @Valid @NotNull TypeDefinition definition) {
    return types.change(id, definition, version);
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(summary = "停用观察类型（进行中的观察照常） · Withdraw a type (running observations go on)")
  public ObservationTypeView withdraw(
      @PathParam("id") UUID id, @QueryParam("version") long version) {
    return types.withdraw(id, version);
  }
}

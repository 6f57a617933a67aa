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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.grid.api.HouseholdRegister;
import org.qunfang.grid.api.NewPopulationTag;
import org.qunfang.grid.api.PopulationTagView;

/** The special-population tags residents carry; administrators extend the list. */
@RequestScoped
@Path("population-tags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Residents 居民")
public class PopulationTagsResource {

  @Inject HouseholdRegister register;

  @GET
  @Operation(summary = "重点人群标签（参考数据） · Special-population tags (reference data)")
  public List<PopulationTagView> tags() {
    return register.tags();
  }

  @POST
  @Operation(summary = "新增重点人群标签（区级管理员） · Add a special-population tag (district administrators)")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PopulationTagView.class)))
  public Response addTag(@Valid @NotNull NewPopulationTag tag) {
    return Response.status(Response.Status.CREATED).entity(register.addTag(tag)).build();
  }
}

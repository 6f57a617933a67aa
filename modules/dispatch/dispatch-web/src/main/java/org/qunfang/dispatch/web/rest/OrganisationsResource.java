package org.qunfang.dispatch.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.qunfang.dispatch.api.party.Dissolution;
import org.qunfang.dispatch.api.party.MembersChange;
import org.qunfang.dispatch.api.party.NewOrganisation;
import org.qunfang.dispatch.api.party.OrganisationView;
import org.qunfang.dispatch.api.party.PartyOrganisations;
import org.qunfang.web.api.rest.Spreadsheets;

/** Temporary party committees and branches. */
@RequestScoped
@Path("dispatch/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch party organisations 临时党组织")
public class OrganisationsResource {

  @Inject PartyOrganisations organisations;

  @GET
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(
      summary =
          "区域内的临时党委和临时党支部（可含已撤销的） · Temporary committees and branches of an area (dissolved ones if asked)")
  public List<OrganisationView> list(
      @QueryParam("area") String area,
      @QueryParam("dissolved") @DefaultValue("false") boolean dissolved) {
    return organisations.list(area, dissolved);
  }

  @POST
  @Operation(
      summary =
          "成立临时党组织；临时党支部须有 3 名以上正式党员 · Set up a temporary organisation; a branch needs 3 full members")
  @APIResponse(
      responseCode = "201",
      description = "已成立 · Set up",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganisationView.class)))
  public Response setUp(@Valid @NotNull NewOrganisation organisation) {
    return Response.status(Response.Status.CREATED)
        .entity(organisations.setUp(organisation))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "临时党组织及其成员（含已离开的） · An organisation and its members, past ones too")
  public OrganisationView organisation(@PathParam("id") UUID id) {
    return organisations.organisation(id);
  }

  @PUT
  @Path("{id}/members")
  @Operation(summary = "调整成员和书记、副书记 · Change the members, secretary and deputy")
  public OrganisationView members(@PathParam("id") UUID id, @Valid @NotNull MembersChange change) {
    return organisations.members(id, change);
  }

  @POST
  @Path("{id}/dissolution")
  @Operation(summary = "撤销临时党组织（记录保留） · Dissolve an organisation (its record stays)")
  public OrganisationView dissolve(
      @PathParam("id") UUID id, @Valid @NotNull Dissolution dissolution) {
    return organisations.dissolve(id, dissolution);
  }
}

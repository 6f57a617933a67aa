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
import org.qunfang.grid.api.Relation;
import org.qunfang.grid.api.ResidenceType;
import org.qunfang.grid.api.screening.ArrivalFollowUp;
import org.qunfang.grid.api.screening.ArrivalPersonal;
import org.qunfang.grid.api.screening.ArrivalView;
import org.qunfang.grid.api.screening.FollowUp;
import org.qunfang.grid.api.screening.NewArrival;
import org.qunfang.grid.api.screening.Screening;
import org.qunfang.web.api.rest.Spreadsheets;

/** Arrivals (来(返)人员): registered person by person, followed up, filed in the register. */
@RequestScoped
@Path("arrivals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Screening 摸排")
public class ArrivalsResource {

  /** Where to file an arrival: a household of the same grid, and the person's place in it. */
  public record Filing(@NotNull UUID householdId, Relation relation, ResidenceType residenceType) {}

  @Inject Screening screening;

  @POST
  @Operation(
      summary =
          "登记来(返)人员；已在册者当即建档 · Register an arrival; someone already in the register is filed at once")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ArrivalView.class)))
  public Response register(@Valid @NotNull NewArrival arrival) {
    return Response.status(Response.Status.CREATED).entity(screening.register(arrival)).build();
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(
      summary =
          "辖区内的来(返)人员，可按跟进情况筛选 · Arrivals in your area (or part of it), optionally of one status")
  public List<ArrivalView> arrivals(
      @QueryParam("area") String area, @QueryParam("status") FollowUp status) {
    return screening.arrivals(area, status);
  }

  @PUT
  @Path("{id}/follow-up")
  @Operation(
      summary =
          "设置跟进情况；他人已先修改则 409 · Set the follow-up status; 409 when someone else changed it first")
  public ArrivalView follow(@PathParam("id") UUID id, @Valid @NotNull ArrivalFollowUp followUp) {
    return screening.follow(id, followUp);
  }

  @POST
  @Path("{id}/filing")
  @Operation(
      summary =
          "将来(返)人员建档到住户，并标记为来(返)人员 · File the arrival in a household of the register (建档), tagged 来(返)人员")
  public ArrivalView file(@PathParam("id") UUID id, @Valid @NotNull Filing filing) {
    return screening.file(id, filing.householdId(), filing.relation(), filing.residenceType());
  }

  @GET
  @Path("{id}/personal")
  @Operation(summary = "完整身份证号和手机号（记入审计） · ID number and phone in full; audited")
  public ArrivalPersonal personal(@PathParam("id") UUID id) {
    return screening.reveal(id);
  }
}

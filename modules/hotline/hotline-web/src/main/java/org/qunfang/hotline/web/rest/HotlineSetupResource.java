package org.qunfang.hotline.web.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.hotline.api.setup.AgencyView;
import org.qunfang.hotline.api.setup.CounsellorView;
import org.qunfang.hotline.api.setup.DutyView;
import org.qunfang.hotline.api.setup.HotlineSetup;
import org.qunfang.hotline.api.setup.HotlineView;
import org.qunfang.hotline.api.setup.NewAgency;
import org.qunfang.hotline.api.setup.NewCounsellor;
import org.qunfang.hotline.api.setup.NewDuty;
import org.qunfang.hotline.api.setup.NewHotline;
import org.qunfang.hotline.api.setup.NewTeam;
import org.qunfang.hotline.api.setup.TeamView;
import org.qunfang.web.api.rest.Spreadsheets;

/** The hotline service's set-up: lines, agencies, teams, counsellors and the duty roster. */
@RequestScoped
@Path("hotline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hotline set-up 热线设置")
public class HotlineSetupResource {

  @Inject HotlineSetup setup;

  @GET
  @Path("lines")
  public List<HotlineView> hotlines() {
    return setup.hotlines();
  }

  @POST
  @Path("lines")
  public Response addHotline(@Valid @NotNull NewHotline hotline) {
    return created(setup.addHotline(hotline));
  }

  @GET
  @Path("lines/{id}/on-duty")
  @Operation(summary = "Who answers the line at a moment (now by default)")
  public List<DutyView> onDuty(@PathParam("id") UUID id, @QueryParam("at") Instant at) {
    return setup.onDuty(id, at);
  }

  @GET
  @Path("agencies")
  public List<AgencyView> agencies() {
    return setup.agencies();
  }

  @POST
  @Path("agencies")
  public Response addAgency(@Valid @NotNull NewAgency agency) {
    return created(setup.addAgency(agency));
  }

  @GET
  @Path("teams")
  public List<TeamView> teams() {
    return setup.teams();
  }

  @POST
  @Path("teams")
  public Response addTeam(@Valid @NotNull NewTeam team) {
    return created(setup.addTeam(team));
  }

  @GET
  @Path("counsellors")
  public List<CounsellorView> counsellors() {
    return setup.counsellors();
  }

  @POST
  @Path("counsellors")
  public Response addCounsellor(@Valid @NotNull NewCounsellor counsellor) {
    return created(setup.addCounsellor(counsellor));
  }

  @GET
  @Path("roster")
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(summary = "Duties overlapping a period (the next 7 days from today by default)")
  public List<DutyView> roster(@QueryParam("from") Instant from, @QueryParam("to") Instant to) {
    return setup.roster(from, to);
  }

  @POST
  @Path("roster")
  public Response addDuty(@Valid @NotNull NewDuty duty) {
    return created(setup.addDuty(duty));
  }

  private static Response created(Object entity) {
    return Response.status(Response.Status.CREATED).entity(entity).build();
  }
}

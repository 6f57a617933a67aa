package org.qunfang.dispatch.web.rest;

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
import org.qunfang.dispatch.api.person.NewPerson;
import org.qunfang.dispatch.api.person.PersonChange;
import org.qunfang.dispatch.api.person.PersonPersonal;
import org.qunfang.dispatch.api.person.PersonView;
import org.qunfang.dispatch.api.person.Registry;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.dispatch.api.report.DispatchReporting;
import org.qunfang.dispatch.api.report.ServiceRecord;
import org.qunfang.web.api.rest.Spreadsheets;

/** The registry of party members, cadres and volunteers who serve. */
@RequestScoped
@Path("dispatch/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch registry 人员库")
public class PeopleResource {

  @Inject Registry registry;

  @Inject DispatchReporting reporting;

  @GET
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(
      summary =
          "区域内的服务人员（按姓名前缀、技能筛选，最多 500 人） · People serving in an area, by name prefix or skill (at most 500)")
  public List<PersonView> list(
      @QueryParam("area") String area,
      @QueryParam("name") String name,
      @QueryParam("skill") Skill skill) {
    return registry.list(area, name, skill);
  }

  @POST
  @Operation(summary = "登记服务人员；同一身份证号只登记一次 · Register someone; an ID number is entered once")
  @APIResponse(
      responseCode = "201",
      description = "已登记 · Registered",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonView.class)))
  public Response register(@Valid @NotNull NewPerson person) {
    return Response.status(Response.Status.CREATED).entity(registry.register(person)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "服务人员（证件号、手机号脱敏） · A person, ID number and mobile masked")
  public PersonView person(@PathParam("id") UUID id) {
    return registry.person(id);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "修改服务人员信息 · Change what may change about a person")
  public PersonView change(@PathParam("id") UUID id, @Valid @NotNull PersonChange change) {
    return registry.change(id, change);
  }

  @GET
  @Path("{id}/personal")
  @Operation(summary = "完整证件号和手机号（留痕） · The full ID number and mobile (audited)")
  public PersonPersonal reveal(@PathParam("id") UUID id) {
    return registry.reveal(id);
  }

  @GET
  @Path("{id}/services")
  @Operation(
      summary =
          "服务记录：每次服务的日期、地点、内容和时长（签到至签退） · Service record: each service's day, place, content and hours (sign-in to sign-out)")
  public ServiceRecord services(@PathParam("id") UUID id) {
    return reporting.services(id);
  }
}

package org.qunfang.care.web.rest;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.care.api.help.HelpCancel;
import org.qunfang.care.api.help.HelpDone;
import org.qunfang.care.api.help.HelpFigures;
import org.qunfang.care.api.help.HelpRequests;
import org.qunfang.care.api.help.HelpStatus;
import org.qunfang.care.api.help.HelpTaking;
import org.qunfang.care.api.help.HelpView;
import org.qunfang.care.api.help.HelperView;
import org.qunfang.care.api.help.NewHelpRequest;

/** Help requests (后勤保障), from asking to fulfilment, and the help given. */
@RequestScoped
@Path("care/help")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Care help 后勤保障")
public class HelpResource {

  @Inject HelpRequests help;

  @GET
  @Operation(summary = "区域内的求助，待办的在前 · Help requests of an area, those in hand first")
  public List<HelpView> list(
      @QueryParam("area") String area, @QueryParam("status") HelpStatus status) {
    return help.list(area, status);
  }

  @POST
  @Operation(
      summary = "登记求助（居家观察人员或在册住户） · Record a request from an observed person or a household")
  @APIResponse(
      responseCode = "201",
      description = "已登记 · Recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = HelpView.class)))
  public Response ask(@Valid @NotNull NewHelpRequest request) {
    return Response.status(Response.Status.CREATED).entity(help.ask(request)).build();
  }

  @GET
  @Path("mine")
  @Operation(
      summary =
          "我接手的代办：在办的，和近7天办结的 · The requests I took as a helper: in hand, and done in the last 7 days")
  public List<HelpView> mine() {
    return help.mine();
  }

  @GET
  @Path("{id}/helpers")
  @Operation(summary = "可指派的后勤保障人员，手头任务少的在前 · Logistics people who could take it")
  public List<HelperView> helpers(@PathParam("id") UUID id) {
    return help.helpers(id);
  }

  @POST
  @Path("{id}/taking")
  @Operation(summary = "指派后勤保障人员 · Hand the request to someone of a logistics team")
  public HelpView take(@PathParam("id") UUID id, @Valid @NotNull HelpTaking taking) {
    return help.take(id, taking);
  }

  @POST
  @Path("{id}/done")
  @Operation(summary = "办结（时间、情况、垫付及归还金额） · Done: when, what, money advanced and repaid")
  public HelpView done(@PathParam("id") UUID id, @Valid @NotNull HelpDone done) {
    return help.done(id, done);
  }

  @POST
  @Path("{id}/cancellation")
  @Operation(summary = "取消（须说明原因） · Cancel, with the reason")
  public HelpView cancel(@PathParam("id") UUID id, @Valid @NotNull HelpCancel cancel) {
    return help.cancel(id, cancel);
  }

  @GET
  @Path("figures")
  @Operation(
      summary =
          "一段时间内服务的户数和次数（默认本月） · Families and times helped over a period (this month by default)")
  public HelpFigures figures(
      @QueryParam("area") String area,
      @QueryParam("from") LocalDate from,
      @QueryParam("until") LocalDate until) {
    return help.figures(area, from, until);
  }
}

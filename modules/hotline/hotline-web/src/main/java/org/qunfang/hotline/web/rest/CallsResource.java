package org.qunfang.hotline.web.rest;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.hotline.api.call.CallContact;
import org.qunfang.hotline.api.call.CallLog;
import org.qunfang.hotline.api.call.CallRecordRow;
import org.qunfang.hotline.api.call.CallRow;
import org.qunfang.hotline.api.call.CallView;
import org.qunfang.hotline.api.call.FollowUpDone;
import org.qunfang.hotline.api.call.FollowUpView;
import org.qunfang.hotline.api.call.NewCall;
import org.qunfang.hotline.api.call.NewFollowUp;
import org.qunfang.hotline.api.call.NewReferral;
import org.qunfang.hotline.api.call.ReferralOutcome;
import org.qunfang.hotline.api.call.ReferralView;
import org.qunfang.hotline.api.call.Review;
import org.qunfang.web.api.rest.Spreadsheets;

/**
 * The psychological-hotline call log. Details are for the answering team's counsellors and for
 * supervisors; every read, and every refused attempt, is audited.
 */
@RequestScoped
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hotline calls 心理援助热线来电")
public class CallsResource {

  @Inject CallLog calls;

  @POST
  @Operation(
      summary =
          "登记来电：风险筛查、危机处置、转介与随访 · Log a call with its risk screen, crisis steps, referral and follow-ups")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CallView.class)))
  public Response record(@Valid @NotNull NewCall call) {
    return Response.status(Response.Status.CREATED).entity(calls.record(call)).build();
  }

  @GET
  @Operation(
      summary =
          "可查看的来电记录（默认近 7 天） · Calls you may read from a day to a day (the last 7 days by default)")
  public List<CallRow> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
    return calls.list(from, to);
  }

  @GET
  @Path("export")
  @Produces(Spreadsheets.XLSX)
  @Operation(
      summary =
          "导出个案记录 .xlsx：仅督导，须填写理由（记入审计） · Individual records as .xlsx: supervisors only, with a reason (audited)")
  public List<CallRecordRow> export(
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("reason") String reason) {
    return calls.export(from, to, reason);
  }

  @GET
  @Operation(summary = "查看一条来电记录 · One call record")
  @Path("{id}")
  public CallView read(@PathParam("id") UUID id) {
    return calls.read(id);
  }

  @GET
  @Path("{id}/contact")
  @Operation(summary = "完整回访电话（记入审计） · The call-back contact in full (audited)")
  public CallContact contact(@PathParam("id") UUID id) {
    return calls.contact(id);
  }

  @PUT
  @Path("{id}/review")
  @Operation(summary = "督导复核高危或紧急来电 · A supervisor's review of a high or imminent call")
  public CallView review(@PathParam("id") UUID id, @Valid @NotNull Review review) {
    return calls.review(id, review);
  }

  @GET
  @Operation(summary = "逾期未复核的高危来电（督导） · High-risk calls past their review deadline (supervisors)")
  @Path("reviews/overdue")
  public List<CallRow> overdueReviews() {
    return calls.overdueReviews();
  }

  @POST
  @Operation(summary = "为来电新增转介 · Add a referral to a call")
  @Path("{id}/referrals")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferralView.class)))
  public Response refer(@PathParam("id") UUID id, @Valid @NotNull NewReferral referral) {
    return Response.status(Response.Status.CREATED).entity(calls.refer(id, referral)).build();
  }

  @PUT
  @Operation(
      summary =
          "更新转介状态；他人已先修改则 409 · Update a referral's status; 409 when someone else changed it first")
  @Path("referrals/{id}")
  public ReferralView referralOutcome(
      @PathParam("id") UUID id, @Valid @NotNull ReferralOutcome outcome) {
    return calls.referralOutcome(id, outcome);
  }

  @POST
  @Operation(summary = "为来电新增随访任务 · Add a follow-up task to a call")
  @Path("{id}/follow-ups")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FollowUpView.class)))
  public Response addFollowUp(@PathParam("id") UUID id, @Valid @NotNull NewFollowUp followUp) {
    return Response.status(Response.Status.CREATED).entity(calls.addFollowUp(id, followUp)).build();
  }

  @PUT
  @Operation(
      summary =
          "完成随访并记录结果；他人已先修改则 409 · Complete a follow-up with its outcome; 409 when someone else changed it first")
  @Path("follow-ups/{id}")
  public FollowUpView completeFollowUp(
      @PathParam("id") UUID id, @Valid @NotNull FollowUpDone done) {
    return calls.completeFollowUp(id, done);
  }

  @GET
  @Path("follow-ups")
  @Operation(
      summary =
          "可查看的未完成随访；overdue=true 只看逾期 · Open follow-ups you may see; overdue=true for the overdue ones only")
  public List<FollowUpView> followUps(@QueryParam("overdue") boolean overdue) {
    return calls.followUps(overdue);
  }
}

package org.qunfang.reports.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.reports.api.ReportJob;
import org.qunfang.reports.api.ReportJobs;
import org.qunfang.reports.api.ReportRequest;

/** Reports generated in the background: start, watch, fetch the draft. */
@RequestScoped
@Path("reports/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports 报表")
public class ReportJobsResource {

  @Inject ReportJobs jobs;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "在后台开始预览（issue=true 时为签发）：202 · Start a preview (or, with issue=true, an issue) in the background: 202")
  @APIResponse(
      responseCode = "202",
      description = "已受理，请轮询该任务 · Accepted: poll the job",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportJob.class)))
  public Response start(
      @Valid @NotNull ReportRequest request,
      @QueryParam("issue") @DefaultValue("false") boolean issue,
      @Context UriInfo uri) {
    ReportJob job = jobs.start(request, issue);
    return Response.accepted(job)
        .location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "后台任务的状态与已填行数；签发后附归档编号 · State and rows filled; once issued, the archive entry's id")
  public ReportJob status(@PathParam("id") UUID id) {
    return jobs.status(id);
  }

  @GET
  @Path("{id}/pdf")
  @Produces(ReportsResource.PDF)
  @Operation(
      summary =
          "已完成预览任务生成的草稿（未完成时 409） · The draft a finished preview job produced (409 until it is ready)")
  @APIResponse(
      responseCode = "200",
      description = "PDF 文件 · The PDF",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response preview(@PathParam("id") UUID id) {
    return ReportsResource.pdf(jobs.preview(id), null);
  }
}

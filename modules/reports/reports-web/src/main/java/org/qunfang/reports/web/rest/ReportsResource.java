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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.reports.api.FormalReports;
import org.qunfang.reports.api.IssuedReport;
import org.qunfang.reports.api.ReportKindView;
import org.qunfang.reports.api.ReportPdf;
import org.qunfang.reports.api.ReportRequest;

/**
 * Formal reports: preview a draft, issue under the next document number, read the archive. An
 * issued report has no PUT or DELETE: the archive is append-only.
 */
@RequestScoped
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports 报表")
public class ReportsResource {

  static final String PDF = "application/pdf";

  @Inject FormalReports reports;

  @GET
  @Path("kinds")
  @Operation(summary = "报表种类 · The kinds of report")
  public List<ReportKindView> kinds() {
    return reports.kinds();
  }

  @POST
  @Path("preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(PDF)
  @Operation(
      summary =
          "预览草稿（标“草稿”）：不取号、不归档（报表员） · A draft marked 草稿: no number, nothing archived (report officers)")
  @APIResponse(
      responseCode = "200",
      description = "PDF 文件 · The PDF",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response preview(@Valid @NotNull ReportRequest request) {
    return pdf(reports.preview(request), null);
  }

  @POST
  @Path("issued")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "签发：取下一个发文字号，连同 SHA-256 归档（报表员） · Issue: the next document number, archived with its SHA-256 (report officers)")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IssuedReport.class)))
  public Response issue(@Valid @NotNull ReportRequest request, @Context UriInfo uri) {
    IssuedReport issued = reports.issue(request);
    return Response.created(uri.getAbsolutePathBuilder().path(issued.id().toString()).build())
        .entity(issued)
        .build();
  }

  @GET
  @Path("issued")
  @Operation(summary = "辖区内已签发报表的归档，最新在前 · The archive of the caller's area, newest first")
  public List<IssuedReport> archive(
      @QueryParam("kind") String kind,
      @QueryParam("number") String documentNumber,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return reports.archive(kind, documentNumber, limit);
  }

  @GET
  @Operation(summary = "查看一份已签发报表的归档信息 · One issued report's archive entry")
  @Path("issued/{id}")
  public IssuedReport get(@PathParam("id") UUID id) {
    return reports.get(id);
  }

  @GET
  @Path("issued/{id}/pdf")
  @Produces(PDF)
  @Operation(
      summary =
          "已签发的 PDF，与签发时逐字节一致（按 SHA-256 核对） · The archived PDF, byte for byte as issued (checked against its SHA-256)")
  @APIResponse(
      responseCode = "200",
      description = "PDF 文件 · The PDF",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response download(@PathParam("id") UUID id) {
    IssuedReport issued = reports.get(id);
    return pdf(reports.download(id), issued.sha256());
  }

  static Response pdf(ReportPdf pdf, String sha256) {
    String name = URLEncoder.encode(pdf.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    Response.ResponseBuilder response =
        Response.ok(pdf.content(), PDF)
            .header("Content-Disposition", "attachment; filename*=UTF-8''" + name);
    if (sha256 != null) {
      response.header("ETag", "\"" + sha256 + "\"").header("Digest", "sha-256=" + sha256);
    }
    return response.build();
  }
}

package org.qunfang.dispatch.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.qunfang.dispatch.api.person.PeopleImportJob;
import org.qunfang.dispatch.api.person.PeopleImports;
import org.qunfang.web.api.Languages;
import org.qunfang.web.api.rest.Spreadsheets;

/** Units' lists of people as workbooks, checked in full before any write. */
@RequestScoped
@Path("dispatch/people-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch registry 人员库")
public class PeopleImportsResource {

  @Inject PeopleImports imports;

  @Context HttpHeaders headers;

  @GET
  @Path("template")
  @Produces(Spreadsheets.XLSX)
  @Operation(summary = "人员名单模板工作簿（每人一行） · The workbook to fill in, one person a row")
  @APIResponse(
      responseCode = "200",
      description = "工作簿 · The workbook",
      content =
          @Content(
              mediaType = Spreadsheets.XLSX,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response template() {
    return Spreadsheets.download(imports.template(), "人员名单模板");
  }

  @POST
  @Consumes({Spreadsheets.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary =
          "开始导入人员名单；不是工作簿或缺列时当即 400 · Start an import; 400 at once for a file that is not a workbook or lacks columns",
      description =
          "轮询返回的任务：REFUSED 列出每个有错误的行，且不写入任何内容。"
              + " · Poll the returned job: REFUSED lists every bad row and writes nothing.")
  @APIResponse(
      responseCode = "202",
      description = "已受理，请轮询该任务 · Accepted: poll the job",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PeopleImportJob.class)))
  public Response start(
      byte[] workbook,
      @QueryParam("fileName") @DefaultValue("people.xlsx") String fileName,
      @Context UriInfo uri) {
    PeopleImportJob job =
        imports.start(fileName, workbook, Languages.pick(headers.getAcceptableLanguages()));
    return Response.accepted(job)
        .location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "导入进度；被拒时列出有错误的行 · How far an import has got, and its bad rows if refused")
  public PeopleImportJob status(@PathParam("id") UUID id) {
    return imports.status(id);
  }
}

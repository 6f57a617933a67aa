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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.care.api.check.CheckEntry;
import org.qunfang.care.api.check.CheckView;
import org.qunfang.care.api.check.HealthChecks;

/** The checks of someone under observation: temperatures and symptoms (health information). */
@RequestScoped
@Path("care/observations/{id}/checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Care checks 体温与症状监测")
public class ChecksResource {

  @Inject HealthChecks checks;

  @GET
  @Operation(
      summary = "全部应测和已测记录（查看完整健康信息，留痕） · Every expected and recorded check (a full view, audited)")
  public List<CheckView> checks(@PathParam("id") UUID id) {
    return checks.checks(id);
  }

  @POST
  @Operation(
      summary =
          "记录一次检测：填入其时间所在的时段，否则为加测；异常、未联系上即预警 · Record a check: it fills the slot its time falls in, else an extra one; abnormal or unreached raises an alert")
  @APIResponse(
      responseCode = "201",
      description = "已记录 · Recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CheckView.class)))
  public Response record(@PathParam("id") UUID id, @Valid @NotNull CheckEntry entry) {
    return Response.status(Response.Status.CREATED).entity(checks.record(id, entry)).build();
  }
}

package org.qunfang.grid.web.rest;

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
import org.qunfang.grid.api.screening.PhoneCall;
import org.qunfang.grid.api.screening.PhoneCheckView;
import org.qunfang.grid.api.screening.PhoneListView;
import org.qunfang.grid.api.screening.Screening;
import org.qunfang.web.api.rest.Spreadsheets;

/** Phone-screening lists: a carrier's numbers, each called and its outcome recorded. */
@RequestScoped
@Path("phone-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Screening 摸排")
public class PhoneListsResource {

  @Inject Screening screening;

  @POST
  @Consumes({
    MediaType.TEXT_PLAIN,
    "text/csv",
    Spreadsheets.XLSX,
    MediaType.APPLICATION_OCTET_STREAM
  })
  @Operation(
      summary = "为乡镇或社区导入号码名单 · Import a list of numbers for a township or community",
      description =
          "每行一个号码（.txt、.csv）或第一列（.xlsx）；任一行有误则整份拒收并列出行号，不写入任何内容。"
              + " · One number per line (.txt, .csv) or in the first column (.xlsx). Any bad line"
              + " refuses the file with the lines named; nothing is written.")
  @APIResponse(
      responseCode = "201",
      description = "已创建 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PhoneListView.class)))
  public Response importList(
      byte[] file,
      @QueryParam("name") String name,
      @QueryParam("source") String source,
      @QueryParam("divisionCode") String divisionCode,
      @QueryParam("fileName") @DefaultValue("numbers.txt") String fileName) {
    return Response.status(Response.Status.CREATED)
        .entity(screening.importList(name, source, divisionCode, fileName, file))
        .build();
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(summary = "辖区内的电话排查名单及进度 · The lists of your area and how far each has got")
  public List<PhoneListView> lists() {
    return screening.lists();
  }

  @GET
  @Path("{id}/numbers")
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(summary = "名单中的号码（已掩码），未拨打的在前 · A list's numbers, masked, those not yet called first")
  public List<PhoneCheckView> numbers(@PathParam("id") UUID id) {
    return screening.numbers(id);
  }

  @PUT
  @Path("{id}/numbers/{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "记录号码的拨打结果 · Record what came of calling a number")
  public PhoneCheckView record(
      @PathParam("id") UUID id, @PathParam("number") UUID number, @Valid @NotNull PhoneCall call) {
    return screening.record(id, number, call);
  }
}

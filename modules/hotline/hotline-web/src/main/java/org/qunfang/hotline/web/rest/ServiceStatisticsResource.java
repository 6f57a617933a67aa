package org.qunfang.hotline.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.hotline.api.stats.NewServiceCount;
import org.qunfang.hotline.api.stats.ServiceRow;
import org.qunfang.hotline.api.stats.ServiceStatistics;
import org.qunfang.web.api.rest.Spreadsheets;

/** Social-work service statistics: person-times by agency, day and mode. */
@RequestScoped
@Path("hotline/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hotline set-up 热线设置")
public class ServiceStatisticsResource {

  @Inject ServiceStatistics statistics;

  @PUT
  @Operation(
      summary =
          "录入（或替换）机构某日某方式的服务人次 · Enter (or replace) an agency's person-times for a day and mode")
  @APIResponse(responseCode = "204", description = "已保存 · Saved")
  public Response enter(@Valid @NotNull NewServiceCount count) {
    statistics.enter(count);
    return Response.noContent().build();
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(
      summary =
          "每个机构每日的服务人次（默认本月），含机构小计与合计 · Rows per agency and day (this month by default), a subtotal per agency, a last total")
  public List<ServiceRow> table(
      @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
    return statistics.table(from, to);
  }
}

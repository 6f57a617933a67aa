package org.qunfang.dispatch.web.rest;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.dispatch.api.mobilisation.Mobilisations;
import org.qunfang.dispatch.api.mobilisation.NewOrder;
import org.qunfang.dispatch.api.mobilisation.OrderView;
import org.qunfang.dispatch.api.mobilisation.ReportIn;
import org.qunfang.web.api.rest.Spreadsheets;

/** Mobilisation orders (动员令) and reporting in (报到). */
@RequestScoped
@Path("dispatch/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch mobilisation 动员令")
public class OrdersResource {

  @Inject Mobilisations orders;

  @GET
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(summary = "区域内的动员令及报到人数 · Mobilisation orders of an area with who reported in")
  public List<OrderView> list(@QueryParam("area") String area) {
    return orders.list(area);
  }

  @POST
  @Operation(summary = "发布动员令 · Issue a mobilisation order")
  @APIResponse(
      responseCode = "201",
      description = "已发布 · Issued",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderView.class)))
  public Response issue(@Valid @NotNull NewOrder order) {
    return Response.status(Response.Status.CREATED).entity(orders.issue(order)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "动员令及各单位报到情况 · An order with each unit's figures")
  public OrderView order(@PathParam("id") UUID id) {
    return orders.order(id);
  }

  @POST
  @Path("{id}/reports")
  @Operation(summary = "人员就动员令报到（每人一次） · Someone reports in against an order (once)")
  public OrderView reportIn(@PathParam("id") UUID id, @Valid @NotNull ReportIn report) {
    return orders.reportIn(id, report);
  }
}

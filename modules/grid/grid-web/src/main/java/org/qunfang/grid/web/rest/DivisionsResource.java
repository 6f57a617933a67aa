package org.qunfang.grid.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.division.DivisionNode;
import org.qunfang.kernel.division.DivisionView;

/** The division tree, always within the caller's area. */
@RequestScoped
@Path("divisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Divisions 行政区划")
public class DivisionsResource {

  @Inject DivisionDirectory divisions;

  @GET
  @Path("home")
  @Operation(summary = "本人所属区划，即可见范围的根 · The caller's home division, root of all they may see")
  public DivisionView home() {
    return divisions.home();
  }

  @GET
  @Operation(summary = "在辖区内按名称或代码前缀查找区划 · Search by name or code prefix within the caller's area")
  @Timed(name = "divisions.search")
  public List<DivisionView> search(
      @QueryParam("q") String query, @QueryParam("limit") @DefaultValue("20") int limit) {
    return divisions.search(query, limit);
  }

  @GET
  @Path("{code}")
  @Operation(summary = "查看一个区划 · One division")
  public DivisionView get(@PathParam("code") String code) {
    return divisions.get(code);
  }

  @GET
  @Path("{code}/children")
  @Operation(summary = "直接下级区划 · The divisions directly below one")
  public List<DivisionView> children(@PathParam("code") String code) {
    return divisions.children(code);
  }

  @GET
  @Path("{code}/tree")
  @Operation(summary = "下级区划树，最多 3 层 · The subtree below one division, up to 3 levels deep")
  @Timed(name = "divisions.tree")
  public DivisionNode tree(
      @PathParam("code") String code, @QueryParam("depth") @DefaultValue("2") int depth) {
    return divisions.tree(code, depth);
  }
}

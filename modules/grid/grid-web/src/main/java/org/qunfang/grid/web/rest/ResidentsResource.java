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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.grid.api.HouseholdRegister;
import org.qunfang.grid.api.ResidentChange;
import org.qunfang.grid.api.ResidentHistoryView;
import org.qunfang.grid.api.ResidentLeaving;
import org.qunfang.grid.api.ResidentMove;
import org.qunfang.grid.api.ResidentMoves;
import org.qunfang.grid.api.ResidentPage;
import org.qunfang.grid.api.ResidentPersonal;
import org.qunfang.grid.api.ResidentQuery;
import org.qunfang.grid.api.ResidentView;

/**
 * Residents within the caller's reach. ID numbers and phones travel only in request bodies (POST
 * search), never in URLs that end up in access logs.
 */
@RequestScoped
@Path("residents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Residents 居民")
public class ResidentsResource {

  @Inject HouseholdRegister register;

  @Inject ResidentMoves moves;

  @GET
  @Operation(
      summary =
          "按区域、网格、姓名开头或标签查找居民；q 为页面的搜索框：完整身份证号或手机号精确匹配，其余按姓名开头或住址中的字；已掩码，分页 · Residents by area, grid, name beginning or tag; q is the page's search box: a full ID or mobile number matched exactly, else a name's beginning or part of the address; masked, paged")
  public ResidentPage list(
      @QueryParam("area") String area,
      @QueryParam("grid") UUID grid,
      @QueryParam("name") String name,
      @QueryParam("tag") String tag,
      @QueryParam("q") String words,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return register.search(new ResidentQuery(area, grid, name, null, null, tag, words, page, size));
  }

  @POST
  @Path("search")
  @Operation(
      summary =
          "按完整身份证号或手机号查找（以密钥散列匹配） · Search including exact ID number or phone (matched by keyed hash)")
  public ResidentPage search(@Valid @NotNull ResidentQuery query) {
    return register.search(query);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "一位居民（已掩码），含状态和版本 · One resident (masked), with status and version")
  public ResidentView resident(@PathParam("id") UUID id) {
    return register.resident(id);
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "更正居民信息；他人已先修改则 409 · Correct a person's details; 409 when someone else changed them first")
  public ResidentView change(@PathParam("id") UUID id, @Valid @NotNull ResidentChange change) {
    return register.change(id, change);
  }

  @GET
  @Path("{id}/personal")
  @Operation(
      summary =
          "完整身份证号和手机号；每次查看都记入审计 · ID number and phone in full; every call is in the audit trail")
  public ResidentPersonal reveal(@PathParam("id") UUID id) {
    return register.reveal(id);
  }

  @POST
  @Path("{id}/move")
  @Operation(
      summary =
          "迁入另一户（本网格或他网格）；曾迁出者重新在册；记入历史 · Move to another household (of this grid or another); someone who had left is back; kept in the history")
  public ResidentView move(@PathParam("id") UUID id, @Valid @NotNull ResidentMove move) {
    return moves.move(id, move);
  }

  @POST
  @Path("{id}/leaving")
  @Operation(
      summary =
          "登记迁出或死亡；记录保留，不再计入居民数 · Mark moved away or deceased; the record stays, out of the counts")
  public ResidentView leave(@PathParam("id") UUID id, @Valid @NotNull ResidentLeaving leaving) {
    return moves.leave(id, leaving);
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "迁移与注销历史，最早在前 · Moves and leaving, oldest first")
  public List<ResidentHistoryView> history(@PathParam("id") UUID id) {
    return moves.history(id);
  }
}

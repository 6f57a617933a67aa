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
import org.qunfang.dispatch.api.post.NewPost;
import org.qunfang.dispatch.api.post.PostView;
import org.qunfang.dispatch.api.post.Posts;
import org.qunfang.dispatch.api.post.ShiftPeriod;
import org.qunfang.dispatch.api.roster.ShiftPlanning;
import org.qunfang.web.api.rest.Spreadsheets;

/** Posts — checkpoints, sweep teams, phone desks … — and the shifts they are staffed in. */
@RequestScoped
@Path("dispatch/posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch posts 岗位")
public class PostsResource {

  @Inject Posts posts;

  @Inject ShiftPlanning planning;

  /** How many shifts a lay-out added. */
  public record LaidOut(int shifts) {}

  @GET
  @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
  @Operation(summary = "区域内在岗的岗位 · Active posts of an area")
  public List<PostView> list(@QueryParam("area") String area) {
    return posts.list(area);
  }

  @POST
  @Operation(summary = "设岗，含各班次的人数和技能要求 · Set up a post with what each shift needs")
  @APIResponse(
      responseCode = "201",
      description = "已设岗 · Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PostView.class)))
  public Response add(@Valid @NotNull NewPost post) {
    return Response.status(Response.Status.CREATED).entity(posts.add(post)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "岗位 · A post")
  public PostView post(@PathParam("id") UUID id) {
    return posts.post(id);
  }

  @POST
  @Path("{id}/shifts")
  @Operation(
      summary =
          "为岗位排出某几天的班次和空位（已有的不变，一次最多 31 天） · Lay out a post's shifts for some days (existing ones stay; at most 31 days)")
  public LaidOut layOut(@PathParam("id") UUID id, @Valid @NotNull ShiftPeriod period) {
    return new LaidOut(planning.layOut(id, period.from(), period.until()));
  }

  @POST
  @Path("{id}/stand-down")
  @Operation(
      summary =
          "撤岗：此后的班次取消并通知已排人员 · Stand a post down: later shifts are cancelled, those on them told")
  public PostView standDown(@PathParam("id") UUID id, @QueryParam("version") long version) {
    return planning.standDown(id, version);
  }
}

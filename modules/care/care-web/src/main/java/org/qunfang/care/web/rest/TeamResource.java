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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qunfang.care.api.team.CareTeams;
import org.qunfang.care.api.team.TeamAssignment;
import org.qunfang.care.api.team.TeamHistoryView;
import org.qunfang.care.api.team.TeamMemberView;
import org.qunfang.care.api.team.TeamSuggestion;

/** An observed person's 1+1+1 care team. */
@RequestScoped
@Path("care/observations/{id}/team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Care teams 1+1+1 服务小组")
public class TeamResource {

  @Inject CareTeams teams;

  @POST
  @Operation(
      summary =
          "指定服务小组的一名成员（原成员卸任，留有记录） · Give a place of the team to someone (the holder leaves; history kept)")
  public List<TeamMemberView> assign(
      @PathParam("id") UUID id, @Valid @NotNull TeamAssignment assignment) {
    return teams.assign(id, assignment);
  }

  @GET
  @Path("suggestions")
  @Operation(
      summary =
          "各岗位的推荐人选：本社区优先，其次负担轻者 · Candidates for each place: own community first, then the lightest load")
  public List<TeamSuggestion> suggestions(@PathParam("id") UUID id) {
    return teams.suggest(id);
  }

  @GET
  @Path("history")
  @Operation(summary = "服务小组的历任成员 · Every holder of every place")
  public List<TeamHistoryView> history(@PathParam("id") UUID id) {
    return teams.history(id);
  }
}

package org.qunfang.care.api.team;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * The 1+1+1 teams: a township cadre, a medical worker and a community worker from the dispatch
 * registry for each observed person. Only people serving in the person's township may be chosen.
 */
public interface CareTeams {

  int CANDIDATES = 20;

  /** For each place, up to {@value #CANDIDATES} candidates, best first. */
  List<TeamSuggestion> suggest(@NotNull UUID observationId);

  List<TeamMemberView> assign(@NotNull UUID observationId, @Valid @NotNull TeamAssignment change);

  /** Every holder of every place, the earliest first. */
  List<TeamHistoryView> history(@NotNull UUID observationId);
}

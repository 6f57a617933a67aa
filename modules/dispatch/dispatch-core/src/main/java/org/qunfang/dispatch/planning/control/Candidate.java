package org.qunfang.dispatch.planning.control;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.qunfang.dispatch.api.person.Availability;
import org.qunfang.dispatch.api.person.Skill;

/**
 * Someone the solver may put on a slot: what they can do, when, the community they reported to
 * (双报到) and the temporary branches they belong to.
 */
public final class Candidate {

  @PlanningId private UUID id;
  private String name;
  private Set<Skill> skills;
  private List<Availability> windows;
  private String homeCommunity;
  private Set<UUID> branches;

  Candidate() {}

  public Candidate(
      UUID id,
      String name,
      Set<Skill> skills,
      List<Availability> windows,
      String homeCommunity,
      Set<UUID> branches) {
    this.id = id;
    this.name = name;
    this.skills = Set.copyOf(skills);
    this.windows = List.copyOf(windows);
    this.homeCommunity = homeCommunity;
    this.branches = Set.copyOf(branches);
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Set<Skill> getSkills() {
    return skills;
  }

  public List<Availability> getWindows() {
    return windows;
  }

  public String getHomeCommunity() {
    return homeCommunity;
  }

  public boolean belongsTo(UUID branch) {
    return branch != null && branches.contains(branch);
  }

  @Override
  public String toString() {
    return name;
  }
}

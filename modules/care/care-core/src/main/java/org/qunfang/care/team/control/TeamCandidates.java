package org.qunfang.care.team.control;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.qunfang.care.api.team.CandidateView;
import org.qunfang.care.api.team.TeamRole;
import org.qunfang.dispatch.api.person.PersonView;
import org.qunfang.dispatch.api.person.Skill;

/**
 * Who may hold a team place and in which order they are offered: people of the observed person's
 * own community first, then those with the fewest people in their care, then by name.
 */
public final class TeamCandidates {

  private TeamCandidates() {}

  /** The skill a place asks for; a township cadre needs none. */
  public static Skill skillOf(TeamRole role) {
    return switch (role) {
      case TOWNSHIP -> null;
      case MEDICAL -> Skill.MEDICAL;
      case COMMUNITY -> Skill.COMMUNITY;
    };
  }

  public static boolean fits(TeamRole role, Set<Skill> skills) {
    Skill needed = skillOf(role);
    return needed == null || skills.contains(needed);
  }

  /** The best {@code limit} of {@code people} for a place, leaving out who holds it now. */
  public static List<CandidateView> rank(
      List<PersonView> people,
      String community,
      Map<UUID, Long> loads,
      Set<UUID> holders,
      int limit) {
    return people.stream()
        .filter(p -> !holders.contains(p.id()))
        .map(
            p ->
                new CandidateView(
                    p.id(),
                    p.name(),
                    p.area(),
                    p.area().startsWith(community),
                    loads.getOrDefault(p.id(), 0L)))
        .sorted(
            Comparator.comparing((CandidateView c) -> !c.sameCommunity())
                .thenComparingLong(CandidateView::load)
                .thenComparing(CandidateView::name))
        .limit(limit)
        .toList();
  }
}

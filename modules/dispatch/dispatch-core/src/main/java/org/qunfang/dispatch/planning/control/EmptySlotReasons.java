package org.qunfang.dispatch.planning.control;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.qunfang.kernel.problem.Message;

/**
 * Why a slot stayed empty after solving: nobody in the township has the skill, nobody with it is
 * free at that time, or everyone who is would break a rule — with how many for each rule.
 */
public final class EmptySlotReasons {

  private EmptySlotReasons() {}

  public static Message of(SlotPlan slot, Collection<Candidate> pool, Assignments taken) {
    long skilled =
        pool.stream()
            .filter(p -> slot.getRequired() == null || p.getSkills().contains(slot.getRequired()))
            .count();
    if (skilled == 0) {
      return slot.getRequired() == null
          ? new Message(TEXTS, "empty.nobody")
          : new Message(TEXTS, "empty.noSkill", new Message(TEXTS, "Skill." + slot.getRequired()));
    }
    Collection<Candidate> free = slot.getCandidates();
    if (free.isEmpty()) {
      return new Message(TEXTS, "empty.noneAvailable", skilled);
    }
    Map<Breach, Integer> counts = new EnumMap<>(Breach.class);
    for (Candidate person : free) {
      Set<Breach> breaches = taken.judge(person, slot);
      breaches.stream().findFirst().ifPresent(b -> counts.merge(b, 1, Integer::sum));
    }
    return new Message(
        TEXTS,
        "empty.allBusy",
        free.size(),
        counts.getOrDefault(Breach.OVERLAP, 0),
        counts.getOrDefault(Breach.REST, 0),
        counts.getOrDefault(Breach.WEEKLY_HOURS, 0));
  }
}

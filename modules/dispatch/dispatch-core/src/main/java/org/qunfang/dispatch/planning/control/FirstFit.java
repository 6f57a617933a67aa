package org.qunfang.dispatch.planning.control;

import java.util.Comparator;
import java.util.List;

/**
 * The roster as it is filled by hand today: slot after slot in time order, the first person on the
 * list who breaks no rule. The baseline the solver is measured against.
 */
public final class FirstFit {

  private FirstFit() {}

  /** Fills the plan's open slots from {@code people}, in that order; returns the plan. */
  public static RosterPlan fill(RosterPlan plan, List<Candidate> people, HardRules rules) {
    Assignments taken = Assignments.of(plan, rules);
    List<SlotPlan> open =
        plan.getSlots().stream()
            .filter(slot -> slot.getPerson() == null)
            .sorted(Comparator.comparingLong(SlotPlan::getStart))
            .toList();
    for (SlotPlan slot : open) {
      for (Candidate person : people) {
        if (taken.judge(person, slot).isEmpty()) {
          slot.setPerson(person);
          taken.add(person, slot.getSpan());
          break;
        }
      }
    }
    return plan;
  }
}

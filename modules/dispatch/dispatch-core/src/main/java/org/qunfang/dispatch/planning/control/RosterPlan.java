package org.qunfang.dispatch.planning.control;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * A roster to fill: its slots, some pinned. The score is hard (rules broken: never in an answer),
 * medium (slots left empty) and soft (preferences and fairness).
 */
@PlanningSolution
public final class RosterPlan {

  @PlanningEntityCollectionProperty private List<SlotPlan> slots;

  @ProblemFactProperty private RosterLimits limits;

  @PlanningScore private HardMediumSoftLongScore score;

  RosterPlan() {}

  public RosterPlan(List<SlotPlan> slots, RosterLimits limits) {
    this.slots = slots;
    this.limits = limits;
  }

  public RosterLimits getLimits() {
    return limits;
  }

  public List<SlotPlan> getSlots() {
    return slots;
  }

  public HardMediumSoftLongScore getScore() {
    return score;
  }
}

package org.qunfang.dispatch.planning.control;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The roster's score. Hard: the rules of {@code HardRules} that the candidates do not settle
 * already (skill and time are settled by who is a candidate). Medium: every empty slot. Soft: serve
 * in your own community, at the post of the day before, with your own branch — and fair hours, as
 * the sum of everyone's squared hours, which falls as hours move from the busiest to the idle.
 */
public class RosterConstraints implements ConstraintProvider {

  static final long HOME_COMMUNITY = 40;
  static final long SAME_POST = 20;
  static final long OWN_BRANCH = 20;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      overlap(factory),
      rest(factory),
      weeklyHours(factory),
      emptySlot(factory),
      homeCommunity(factory),
      samePost(factory),
      ownBranch(factory),
      fairHours(factory)
    };
  }

  Constraint overlap(ConstraintFactory factory) {
    return factory
        .forEachUniquePair(
            SlotPlan.class,
            equal(SlotPlan::getPerson),
            overlapping(SlotPlan::getStart, SlotPlan::getEnd))
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint("overlap");
  }

  Constraint rest(ConstraintFactory factory) {
    return factory
        .forEachUniquePair(
            SlotPlan.class,
            equal(SlotPlan::getPerson),
            overlapping(SlotPlan::getStart, SlotPlan::getRestUntil))
        .filter((a, b) -> !a.overlaps(b))
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint("rest");
  }

  Constraint weeklyHours(ConstraintFactory factory) {
    return factory
        .forEach(SlotPlan.class)
        .groupBy(SlotPlan::getPerson, SlotPlan::getWeek, sum(SlotPlan::getMinutes))
        .join(RosterLimits.class)
        .filter((person, week, minutes, limits) -> minutes > limits.weekly().toMinutes())
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD,
            (person, week, minutes, limits) -> 1 + (minutes - limits.weekly().toMinutes()) / 60)
        .asConstraint("weekly hours");
  }

  Constraint emptySlot(ConstraintFactory factory) {
    return factory
        .forEachIncludingUnassigned(SlotPlan.class)
        .filter(slot -> slot.getPerson() == null)
        .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
        .asConstraint("empty slot");
  }

  Constraint homeCommunity(ConstraintFactory factory) {
    return factory
        .forEach(SlotPlan.class)
        .filter(SlotPlan::inHomeCommunity)
        .reward(HardMediumSoftLongScore.ofSoft(HOME_COMMUNITY))
        .asConstraint("home community");
  }

  Constraint samePost(ConstraintFactory factory) {
    return factory
        .forEachUniquePair(SlotPlan.class, equal(SlotPlan::getPerson), equal(SlotPlan::getPostId))
        .filter((a, b) -> Math.abs(a.getDay() - b.getDay()) == 1)
        .reward(HardMediumSoftLongScore.ofSoft(SAME_POST))
        .asConstraint("same post next day");
  }

  Constraint ownBranch(ConstraintFactory factory) {
    return factory
        .forEach(SlotPlan.class)
        .filter(SlotPlan::withOwnBranch)
        .reward(HardMediumSoftLongScore.ofSoft(OWN_BRANCH))
        .asConstraint("own branch");
  }

  Constraint fairHours(ConstraintFactory factory) {
    return factory
        .forEach(SlotPlan.class)
        .groupBy(SlotPlan::getPerson, sum(SlotPlan::getMinutes))
        .penalizeLong(
            HardMediumSoftLongScore.ONE_SOFT,
            (person, minutes) -> (long) (minutes / 60) * (minutes / 60))
        .asConstraint("fair hours");
  }
}

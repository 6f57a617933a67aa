package org.qunfang.dispatch.planning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qunfang.dispatch.planning.control.GeneratedWeek.Part;

/** The solver on generated weeks, judged by {@link HardRules} rather than by its own score. */
class RosterSolverTest {

  private static final HardRules RULES = new HardRules(RosterLimits.DEFAULT);
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

  /** Nine posts, all in the first township (the first eleven posts fall there). */
  private static Part smallWeek(long seed, int people) {
    return new GeneratedWeek(seed, MONDAY, RULES.limits())
        .generate(new int[] {3, 1, 2, 3}, people)
        .get(0);
  }

  private static RosterPlan solve(RosterPlan plan) {
    return RosterSolver.within(Duration.ofSeconds(2)).solve(plan);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void aSolvedWeekBreaksNoRuleAndFillsWhatFirstFitFills(long seed) {
    Part solved = smallWeek(seed, 400);
    Part greedy = smallWeek(seed, 400);
    FirstFit.fill(greedy.plan(), greedy.people(), RULES);

    RosterPlan answer = solve(solved.plan());

    assertThat(Assignments.breaches(answer, RULES)).isEmpty();
    assertThat(answer.getScore().hardScore()).isZero();
    assertThat(empty(answer)).isLessThanOrEqualTo(empty(greedy.plan()));
    assertThat(spread(answer, solved.people())).isLessThan(spread(greedy.plan(), greedy.people()));
  }

  @Test
  void pinsAreKept() {
    Part part = smallWeek(4, 400);
    Map<SlotPlan, Candidate> pins = new HashMap<>();
    List<SlotPlan> slots = part.plan().getSlots();
    for (int i = 0; i < slots.size(); i += 37) {
      SlotPlan slot = slots.get(i);
      Candidate who = slot.getCandidates().get(i % slot.getCandidates().size());
      if (!pins.containsValue(who)) {
        slot.pinnedTo(who);
        pins.put(slot, who);
      }
    }

    RosterPlan answer = solve(part.plan());

    Map<java.util.UUID, SlotPlan> byId = new HashMap<>();
    answer.getSlots().forEach(s -> byId.put(s.getId(), s));
    pins.forEach((slot, who) -> assertThat(byId.get(slot.getId()).getPerson()).isSameAs(who));
    assertThat(Assignments.breaches(answer, RULES)).isEmpty();
  }

  @Test
  void tooFewPeopleLeaveSlotsEmptyRatherThanBreakARule() {
    Part part = smallWeek(5, 40);

    RosterPlan answer = solve(part.plan());

    assertThat(empty(answer)).isPositive();
    assertThat(Assignments.breaches(answer, RULES)).isEmpty();
    assertThat(answer.getScore().mediumScore()).isEqualTo(-empty(answer));
  }

  private static long empty(RosterPlan plan) {
    return plan.getSlots().stream().filter(s -> s.getPerson() == null).count();
  }

  private static long spread(RosterPlan plan, List<Candidate> people) {
    Map<Candidate, Long> hours = Assignments.hours(plan);
    people.forEach(p -> hours.putIfAbsent(p, 0L));
    return hours.values().stream().mapToLong(h -> h).max().getAsLong()
        - hours.values().stream().mapToLong(h -> h).min().getAsLong();
  }
}

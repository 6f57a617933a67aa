package org.qunfang.dispatch.planning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qunfang.dispatch.api.person.Availability;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.kernel.time.Beijing;

class HardRulesTest {

  private final HardRules rules =
      new HardRules(new RosterLimits(Duration.ofHours(8), Duration.ofHours(24)));

  /** Monday 30 November 2026. */
  private static Span shift(int day, int hour, int hours) {
    var start = LocalDateTime.of(2026, 11, 30, 0, 0).plusDays(day).plusHours(hour);
    var at = start.atZone(Beijing.ZONE).toInstant();
    return new Span(at, at.plus(Duration.ofHours(hours)));
  }

  private Set<Breach> judge(Span shift, Span... theirs) {
    return rules.judge(Set.of(), List.of(), null, shift, List.of(theirs));
  }

  @Test
  void aFreePersonBreaksNothing() {
    assertThat(judge(shift(0, 8, 8))).isEmpty();
  }

  @Test
  void overlappingShiftsAreRefused() {
    assertThat(judge(shift(0, 8, 8), shift(0, 12, 8))).containsExactly(Breach.OVERLAP);
    assertThat(judge(shift(0, 12, 8), shift(0, 8, 8))).containsExactly(Breach.OVERLAP);
  }

  @Test
  void aShiftRightAfterAnotherLacksRest() {
    assertThat(judge(shift(0, 16, 8), shift(0, 8, 8))).containsExactly(Breach.REST);
    assertThat(judge(shift(0, 0, 8), shift(0, 15, 8))).containsExactly(Breach.REST);
  }

  @Test
  void exactlyTheLeastRestIsEnough() {
    assertThat(judge(shift(1, 0, 8), shift(0, 8, 8))).isEmpty();
  }

  @Test
  void theWeeksHoursAreCountedByTheWeekAShiftStartsIn() {
    Span[] three = {shift(0, 0, 8), shift(1, 0, 8), shift(2, 0, 8)};
    assertThat(judge(shift(3, 0, 8), three)).containsExactly(Breach.WEEKLY_HOURS);
    assertThat(judge(shift(7, 0, 8), three)).as("next Monday starts a new week").isEmpty();
    assertThat(judge(shift(3, 0, 8), shift(0, 0, 8), shift(1, 0, 8))).isEmpty();
  }

  @Test
  void aSlotsSkillIsRequired() {
    Span day = shift(0, 8, 8);
    assertThat(rules.judge(Set.of(Skill.DRIVER), List.of(), Skill.MEDICAL, day, List.of()))
        .containsExactly(Breach.UNSKILLED);
    assertThat(rules.judge(Set.of(Skill.MEDICAL), List.of(), Skill.MEDICAL, day, List.of()))
        .isEmpty();
  }

  @Test
  void aShiftOutsideTheirWindowsIsRefused() {
    var evenings =
        List.of(new Availability(DayOfWeek.MONDAY, LocalTime.of(16, 0), LocalTime.MIDNIGHT));
    assertThat(rules.judge(Set.of(), evenings, null, shift(0, 8, 8), List.of()))
        .containsExactly(Breach.UNAVAILABLE);
    assertThat(rules.judge(Set.of(), evenings, null, shift(0, 16, 8), List.of())).isEmpty();
  }

  @Test
  void severalRulesAreNamedTogether() {
    assertThat(
            rules.judge(Set.of(), List.of(), Skill.POLICE, shift(0, 8, 8), List.of(shift(0, 8, 8))))
        .containsExactlyInAnyOrder(Breach.UNSKILLED, Breach.OVERLAP);
  }
}

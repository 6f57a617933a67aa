package org.qunfang.dispatch.post.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.dispatch.api.post.ShiftNeed;
import org.qunfang.dispatch.api.post.ShiftPattern;
import org.qunfang.kernel.problem.InvalidInput;

class NeedRulesTest {

  private static ShiftNeed need(int from, int to, int people, Skill... skills) {
    return new ShiftNeed(LocalTime.of(from, 0), LocalTime.of(to % 24, 0), people, List.of(skills));
  }

  @Test
  void aFixedPatternsNeedsFollowItsTimes() {
    assertThatCode(
            () ->
                NeedRules.requireFit(
                    ShiftPattern.DAY_NIGHT,
                    List.of(
                        need(6, 22, 2),
                        need(22, 6, 3, Skill.POLICE, Skill.MEDICAL, Skill.COMMUNITY))))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                NeedRules.requireFit(
                    ShiftPattern.DAY_NIGHT, List.of(need(22, 6, 2), need(6, 22, 2))))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () -> NeedRules.requireFit(ShiftPattern.THREE_EIGHTS, List.of(need(6, 22, 2))))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void noMoreSkillsThanPeopleAndNoShiftWithoutLength() {
    assertThatThrownBy(
            () ->
                NeedRules.requireFit(
                    ShiftPattern.CUSTOM, List.of(need(8, 12, 1, Skill.POLICE, Skill.MEDICAL))))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> NeedRules.requireFit(ShiftPattern.CUSTOM, List.of(need(8, 8, 1))))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void customShiftsMayNotOverlapEvenAcrossMidnight() {
    assertThatCode(
            () ->
                NeedRules.requireFit(ShiftPattern.CUSTOM, List.of(need(7, 19, 2), need(19, 7, 2))))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                NeedRules.requireFit(ShiftPattern.CUSTOM, List.of(need(8, 16, 2), need(12, 20, 2))))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () ->
                NeedRules.requireFit(ShiftPattern.CUSTOM, List.of(need(20, 4, 2), need(2, 10, 2))))
        .isInstanceOf(InvalidInput.class);
  }
}

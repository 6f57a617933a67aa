package org.qunfang.care.type.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qunfang.care.api.type.CheckSlot;
import org.qunfang.care.api.type.SlotWindow;
import org.qunfang.care.type.Types;
import org.qunfang.kernel.problem.InvalidInput;

class TypeRulesTest {

  static SlotWindow window(CheckSlot slot, int opens, int closes) {
    return new SlotWindow(slot, LocalTime.of(opens, 0), LocalTime.of(closes, 0));
  }

  @Test
  void theNationalHomeMonitoringIsSound() {
    assertThatCode(() -> TypeRules.requireSound(Types.homeMonitoring())).doesNotThrowAnyException();
  }

  @Test
  void aTestDayPastThePeriodIsRefused() {
    assertThatThrownBy(
            () ->
                TypeRules.requireSound(
                    Types.with(3, List.of(1, 4), Types.homeMonitoring().windows())))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("type.testDayPastPeriod");
  }

  @Test
  void aWindowClosingBeforeItOpensIsRefused() {
    assertThatThrownBy(
            () ->
                TypeRules.requireSound(
                    Types.with(7, List.of(), List.of(window(CheckSlot.EVENING, 22, 6)))))
        .hasMessage("type.windowEmpty");
  }

  @Test
  void slotsOutOfOrderOrOverlappingAreRefused() {
    assertThatThrownBy(
            () ->
                TypeRules.requireSound(
                    Types.with(
                        7,
                        List.of(),
                        List.of(
                            window(CheckSlot.EVENING, 18, 22), window(CheckSlot.MORNING, 6, 10)))))
        .hasMessage("type.slotsOutOfOrder");
    assertThatThrownBy(
            () ->
                TypeRules.requireSound(
                    Types.with(
                        7,
                        List.of(),
                        List.of(window(CheckSlot.MORNING, 6, 12), window(CheckSlot.NOON, 11, 14)))))
        .hasMessage("type.windowsOverlap");
  }
}

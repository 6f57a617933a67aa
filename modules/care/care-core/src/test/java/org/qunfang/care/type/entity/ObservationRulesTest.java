package org.qunfang.care.type.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qunfang.care.api.type.CheckSlot;
import org.qunfang.care.api.type.Symptom;
import org.qunfang.care.type.Types;

class ObservationRulesTest {

  final ObservationRules rules = new ObservationRules(Types.homeMonitoring());

  @Test
  void aPeriodOfSevenDaysEndsOnTheSeventh() {
    assertThat(rules.lastDay(LocalDate.of(2026, 11, 24))).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void everyDayHasEachSlotWithItsWindowInBeijingTime() {
    List<ObservationRules.Due> due =
        rules.checksBetween(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 30));

    assertThat(due).hasSize(14);
    assertThat(due.get(0).slot()).isEqualTo(CheckSlot.MORNING);
    assertThat(due.get(0).opens()).isEqualTo(Instant.parse("2026-11-23T22:00:00Z"));
    assertThat(due.get(0).closes()).isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
    assertThat(due.get(13).slot()).isEqualTo(CheckSlot.EVENING);
    assertThat(due.get(13).day()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(due.get(13).closes()).isEqualTo(Instant.parse("2026-11-30T14:00:00Z"));
  }

  @Test
  void testsFallOnTheirDaysOfThePeriod() {
    assertThat(rules.tests(LocalDate.of(2026, 11, 24)))
        .containsExactly(
            new ObservationRules.DueTest(1, LocalDate.of(2026, 11, 24)),
            new ObservationRules.DueTest(4, LocalDate.of(2026, 11, 27)),
            new ObservationRules.DueTest(7, LocalDate.of(2026, 11, 30)));
  }

  @Test
  void aReadingAtTheThresholdIsAbnormalAndOneBelowIsNot() {
    assertThat(rules.abnormal(new BigDecimal("37.3"), Set.of())).isTrue();
    assertThat(rules.abnormal(new BigDecimal("37.2"), Set.of())).isFalse();
  }

  @Test
  void aListedSymptomIsAbnormalWhateverTheTemperatureButAnUnlistedOneIsNot() {
    assertThat(rules.abnormal(new BigDecimal("36.5"), Set.of(Symptom.DRY_COUGH))).isTrue();
    assertThat(rules.abnormal(new BigDecimal("36.5"), Set.of(Symptom.MUSCLE_ACHE))).isFalse();
    assertThat(rules.abnormal(null, Set.of(Symptom.DIARRHOEA))).isTrue();
  }

  @Test
  void aCopyKeepsTheRulesWhenTheTypeChangesLater() {
    ObservationType type = new ObservationType(Types.homeMonitoring());
    ObservationRules kept = type.getRules().copy();

    type.define(Types.with(14, List.of(1, 7, 14), Types.homeMonitoring().windows()));

    assertThat(kept.getPeriodDays()).isEqualTo(7);
    assertThat(type.getRules().getPeriodDays()).isEqualTo(14);
  }
}

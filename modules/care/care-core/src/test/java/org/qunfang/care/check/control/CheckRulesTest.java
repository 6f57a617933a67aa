package org.qunfang.care.check.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qunfang.care.api.check.CheckEntry;
import org.qunfang.care.api.check.CheckStatus;
import org.qunfang.care.api.check.Measurer;
import org.qunfang.care.api.type.CheckSlot;
import org.qunfang.care.api.type.Symptom;
import org.qunfang.care.observation.Observed;
import org.qunfang.care.observation.entity.HealthCheck;
import org.qunfang.care.observation.entity.Observation;

class CheckRulesTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 24);
  final Observation observation = Observed.from(DAY);
  final List<HealthCheck> day =
      observation.getRules().checksBetween(DAY, DAY).stream()
          .map(due -> HealthCheck.expected(observation, due))
          .toList();

  static CheckEntry entry(String temperature, CheckStatus status, Symptom... symptoms) {
    return new CheckEntry(
        null,
        temperature == null ? null : new BigDecimal(temperature),
        Set.of(symptoms),
        Measurer.TEAM,
        status,
        null,
        null);
  }

  void record(HealthCheck check, String at, String temperature, Symptom... symptoms) {
    check.record(
        Instant.parse(at),
        new BigDecimal(temperature),
        Set.of(symptoms),
        Measurer.TEAM,
        "wang",
        CheckStatus.SEEN,
        null,
        observation.getRules(),
        false);
  }

  @Test
  void aSeenPersonHasATemperatureAndOneNotReachedHasNone() {
    assertThatCode(() -> CheckRules.requireReading(entry("36.6", CheckStatus.SEEN)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> CheckRules.requireReading(entry(null, CheckStatus.SEEN)))
        .hasMessage("check.temperatureNeeded");
    assertThatCode(
            () -> CheckRules.requireReading(entry(null, CheckStatus.ABNORMAL, Symptom.DRY_COUGH)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> CheckRules.requireReading(entry("36.6", CheckStatus.NOT_REACHED)))
        .hasMessage("check.noReadingUnseen");
    assertThatThrownBy(
            () -> CheckRules.requireReading(entry(null, CheckStatus.REFUSED, Symptom.FEVER)))
        .hasMessage("check.noReadingUnseen");
  }

  @Test
  void aCheckFillsTheSlotWhoseWindowHoldsItsTime() {
    // 19:30 Beijing is 11:30 UTC: the evening window
    assertThat(CheckRules.slotFor(day, Instant.parse("2026-11-24T11:30:00Z"), null))
        .containsSame(day.get(1));
    // 14:00 Beijing lies between the windows: an extra check
    assertThat(CheckRules.slotFor(day, Instant.parse("2026-11-24T06:00:00Z"), null)).isEmpty();
  }

  @Test
  void aRoundsCheckFillsItsSlotEarlyButNotAfterTheWindowClosed() {
    // 05:40 Beijing, before the morning window opens, on the morning round
    assertThat(CheckRules.slotFor(day, Instant.parse("2026-11-23T21:40:00Z"), CheckSlot.MORNING))
        .containsSame(day.get(0));
    // 10:30 Beijing, after it closed: an extra check, the slot stays missed
    assertThat(CheckRules.slotFor(day, Instant.parse("2026-11-24T02:30:00Z"), CheckSlot.MORNING))
        .isEmpty();
  }

  @Test
  void aSlotAlreadyRecordedIsNotFilledTwice() {
    record(day.get(0), "2026-11-24T00:30:00Z", "36.5");

    assertThat(CheckRules.slotFor(day, Instant.parse("2026-11-24T01:00:00Z"), null)).isEmpty();
  }

  @Test
  void twoChecksOfADayLessThanEightHoursApartAreTooClose() {
    record(day.get(0), "2026-11-24T01:59:00Z", "36.5"); // 09:59

    assertThat(CheckRules.tooClose(day, Instant.parse("2026-11-24T10:00:00Z"))).isFalse();
    assertThat(CheckRules.tooClose(day, Instant.parse("2026-11-24T09:58:00Z"))).isTrue();
  }

  @Test
  void aSeenPersonWithFeverOrASymptomIsAbnormalWhateverWasChosen() {
    record(day.get(0), "2026-11-24T00:30:00Z", "37.3");
    record(day.get(1), "2026-11-24T11:30:00Z", "36.4", Symptom.SORE_THROAT);

    assertThat(day).extracting(HealthCheck::getStatus).containsOnly(CheckStatus.ABNORMAL);
  }

  @Test
  void aNormalReadingStaysSeen() {
    record(day.get(0), "2026-11-24T00:30:00Z", "37.2", Symptom.MUSCLE_ACHE);

    assertThat(day.get(0).getStatus()).isEqualTo(CheckStatus.SEEN);
  }
}

package org.qunfang.hotline.call.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qunfang.hotline.call.ACall.aCall;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qunfang.hotline.api.call.CrisisKind;
import org.qunfang.hotline.api.call.RiskLevel;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;

class CallTest {

  static final Instant REVIEWED = Instant.parse("2026-11-24T06:00:00Z");

  private static Call logged(org.qunfang.hotline.call.ACall call) {
    return new Call(call.build(), UUID.randomUUID(), UUID.randomUUID(), "AB12");
  }

  @Test
  void aHighRiskCallIsDueForReviewWithinADayOfItsEnd() {
    Call call = logged(aCall().highRisk());
    assertThat(call.getLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(call.getReviewDueAt()).isEqualTo(call.getEndedAt().plus(Duration.ofHours(24)));
    assertThat(logged(aCall()).getReviewDueAt()).isNull();
  }

  @Test
  void aSupervisorReviewsAHighRiskCallOnce() {
    Call call = logged(aCall().highRisk());
    call.review("sup1", "  已回访，情况稳定  ", REVIEWED);
    assertThat(call.getReviewedBy()).isEqualTo("sup1");
    assertThat(call.getReviewNote()).isEqualTo("已回访，情况稳定");
    assertThatThrownBy(() -> call.review("sup2", "再看", REVIEWED.plusSeconds(60)))
        .isInstanceOf(Conflict.class);
    assertThat(call.getReviewedBy()).isEqualTo("sup1");
  }

  @Test
  void aLowRiskCallNeedsNoReviewEvenWhenOverriddenDown() {
    assertThatThrownBy(() -> logged(aCall()).review("sup1", "看过", REVIEWED))
        .isInstanceOf(InvalidInput.class);
    Call overridden = logged(aCall().highRisk().overriddenTo(RiskLevel.LOW, "误报，已核实"));
    assertThat(overridden.getAssessedLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(overridden.getOverrideReason()).isEqualTo("误报，已核实");
    assertThatThrownBy(() -> overridden.review("sup1", "看过", REVIEWED))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void anonymisingKeepsWhatTheStatisticsCountAndDropsWhatPointsToTheCaller() {
    Call call = logged(aCall().highRisk().crisis(CrisisKind.POLICE_110, Duration.ofMinutes(5)));
    call.review("sup1", "已转介", REVIEWED);
    call.anonymise(REVIEWED.plus(Duration.ofDays(365)));
    assertThat(call.getCallbackContact()).isNull();
    assertThat(call.getCallerToken()).isEqualTo(Call.ANONYMOUS);
    assertThat(call.getSummary()).isNull();
    assertThat(call.getReviewNote()).isNull();
    assertThat(call.getDivisionCode()).isEqualTo("350923");
    assertThat(call.getLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(call.getCrisisSteps()).hasSize(1);
    assertThat(call.minutes()).isEqualTo(20);
    assertThat(call.getAnonymisedAt()).isNotNull();
  }
}

package org.qunfang.hotline.call.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qunfang.hotline.call.ACall.aCall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.qunfang.hotline.api.call.CrisisKind;
import org.qunfang.hotline.api.call.RiskLevel;
import org.qunfang.kernel.problem.InvalidInput;

class CallChecksTest {

  /** 10:30 in Beijing on 24 November; the test calls start at 10:00. */
  static final Instant NOW = Instant.parse("2026-11-24T02:30:00Z");

  CallChecks checks = new CallChecks(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void anOrdinaryCallPasses() {
    assertThatCode(() -> checks.check(aCall().build())).doesNotThrowAnyException();
  }

  @Test
  void aCallEndsAfterItStartsNotInTheFutureAndWithinTwelveHours() {
    refused(aCall().lasting(Duration.ofMinutes(-1)), "endedAt", "call.endsBeforeStart");
    refused(aCall().lasting(Duration.ofMinutes(36)), "endedAt", "call.future");
    assertThatCode(() -> checks.check(aCall().lasting(Duration.ofMinutes(34)).build()))
        .as("five minutes' slack for the counsellor's clock")
        .doesNotThrowAnyException();
    refused(
        aCall()
            .startedAt(NOW.minus(Duration.ofHours(13)))
            .lasting(Duration.ofHours(12).plusMinutes(1)),
        "endedAt",
        "call.tooLong");
  }

  @Test
  void overridingTheAssessedLevelNeedsAReason() {
    refused(
        aCall().highRisk().overriddenTo(RiskLevel.LOW, " "),
        "overrideReason",
        "call.overrideNeedsReason");
    assertThatCode(
            () -> checks.check(aCall().highRisk().overriddenTo(RiskLevel.LOW, "已联系监护人").build()))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> checks.check(aCall().highRisk().overriddenTo(RiskLevel.HIGH, null).build()))
        .as("confirming the rule's level is no override")
        .doesNotThrowAnyException();
  }

  @Test
  void eachCrisisStepOnceAndWithinTheCallOrTheDayAfter() {
    refused(
        aCall()
            .crisis(CrisisKind.POLICE_110, Duration.ofMinutes(5))
            .crisis(CrisisKind.POLICE_110, Duration.ofMinutes(6)),
        "crisisActions",
        "call.crisisTwice");
    refused(
        aCall().crisis(CrisisKind.AMBULANCE_120, Duration.ofMinutes(-1)),
        "crisisActions",
        "call.crisisOutside");
    refused(
        aCall().crisis(CrisisKind.AMBULANCE_120, Duration.ofHours(1)),
        "crisisActions",
        "call.crisisOutside");
  }

  @Test
  void aFollowUpIsNotDueBeforeTodayInBeijing() {
    refused(aCall().followUp(LocalDate.of(2026, 11, 23)), "followUps", "followUp.dueInPast");
    assertThatCode(() -> checks.check(aCall().followUp(LocalDate.of(2026, 11, 24)).build()))
        .doesNotThrowAnyException();
  }

  private void refused(org.qunfang.hotline.call.ACall call, String field, String key) {
    assertThatThrownBy(() -> checks.check(call.build()))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.field()).contains(field);
              org.assertj.core.api.Assertions.assertThat(e.text().key()).isEqualTo(key);
            });
  }
}

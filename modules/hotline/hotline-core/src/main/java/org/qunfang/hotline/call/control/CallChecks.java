package org.qunfang.hotline.call.control;

import static org.qunfang.hotline.api.HotlineTexts.TEXTS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.qunfang.hotline.api.call.CrisisAction;
import org.qunfang.hotline.api.call.CrisisKind;
import org.qunfang.hotline.api.call.NewCall;
import org.qunfang.hotline.api.call.NewFollowUp;
import org.qunfang.hotline.api.call.RiskLevel;
import org.qunfang.hotline.api.call.RiskRule;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.time.Beijing;

/**
 * What a call must hold together before it is written, beyond the single fields' constraints: its
 * times, a reason for overriding the assessed risk, each crisis step once and within the call, and
 * follow-ups not due in the past. Each refusal names its field.
 */
public final class CallChecks {

  static final Duration LONGEST_CALL = Duration.ofHours(12);

  /** Crisis steps may follow the call (a guardian reached later), within a day of its end. */
  static final Duration CRISIS_AFTER_END = Duration.ofHours(24);

  /** Clocks of counsellors' computers differ a little from the server's. */
  static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

  private final Clock clock;

  public CallChecks(Clock clock) {
    this.clock = clock;
  }

  public static CallChecks now() {
    return new CallChecks(Clock.systemUTC());
  }

  public void check(NewCall call) {
    times(call);
    override(call);
    crisisActions(call);
    if (call.followUps() != null) {
      call.followUps().forEach(this::followUp);
    }
  }

  void times(NewCall c) {
    if (c.endedAt().isBefore(c.startedAt())) {
      throw new InvalidInput(new Message(TEXTS, "call.endsBeforeStart"), "endedAt");
    }
    if (c.endedAt().isAfter(latest())) {
      throw new InvalidInput(new Message(TEXTS, "call.future"), "endedAt");
    }
    if (Duration.between(c.startedAt(), c.endedAt()).compareTo(LONGEST_CALL) > 0) {
      throw new InvalidInput(new Message(TEXTS, "call.tooLong"), "endedAt");
    }
  }

  void override(NewCall c) {
    RiskLevel assessed = RiskRule.assess(c.risk());
    if (c.levelOverride() != null
        && c.levelOverride() != assessed
        && (c.overrideReason() == null || c.overrideReason().isBlank())) {
      throw new InvalidInput(
          new Message(
              TEXTS,
              "call.overrideNeedsReason",
              new Message(TEXTS, "RiskLevel." + assessed.name()),
              new Message(TEXTS, "RiskLevel." + c.levelOverride().name())),
          "overrideReason");
    }
  }

  void crisisActions(NewCall c) {
    if (c.crisisActions() == null) {
      return;
    }
    Set<CrisisKind> seen = EnumSet.noneOf(CrisisKind.class);
    for (CrisisAction a : c.crisisActions()) {
      Message kind = new Message(TEXTS, "CrisisKind." + a.kind().name());
      if (!seen.add(a.kind())) {
        throw new InvalidInput(new Message(TEXTS, "call.crisisTwice", kind), "crisisActions");
      }
      if (a.at().isBefore(c.startedAt())
          || a.at().isAfter(c.endedAt().plus(CRISIS_AFTER_END))
          || a.at().isAfter(latest())) {
        throw new InvalidInput(new Message(TEXTS, "call.crisisOutside", kind), "crisisActions");
      }
    }
  }

  public void followUp(NewFollowUp f) {
    LocalDate today = LocalDate.now(clock.withZone(Beijing.ZONE));
    if (f.dueOn().isBefore(today)) {
      throw new InvalidInput(new Message(TEXTS, "followUp.dueInPast", today), "followUps");
    }
  }

  private Instant latest() {
    return clock.instant().plus(CLOCK_SLACK);
  }
}

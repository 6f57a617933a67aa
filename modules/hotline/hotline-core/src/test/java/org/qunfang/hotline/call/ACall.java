package org.qunfang.hotline.call;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.qunfang.hotline.api.call.AgeBand;
import org.qunfang.hotline.api.call.CallerSex;
import org.qunfang.hotline.api.call.Channel;
import org.qunfang.hotline.api.call.CrisisAction;
import org.qunfang.hotline.api.call.CrisisKind;
import org.qunfang.hotline.api.call.NewCall;
import org.qunfang.hotline.api.call.NewFollowUp;
import org.qunfang.hotline.api.call.PopulationGroup;
import org.qunfang.hotline.api.call.ProblemCategory;
import org.qunfang.hotline.api.call.RiskLevel;
import org.qunfang.hotline.api.call.RiskScreen;

/** A call as a counsellor logs it, for tests: {@code aCall().highRisk().crisis(...).build()}. */
public final class ACall {

  private Instant startedAt = Instant.parse("2026-11-24T02:00:00Z");
  private Duration length = Duration.ofMinutes(20);
  private RiskScreen risk = RiskScreen.NONE;
  private RiskLevel override;
  private String overrideReason;
  private final List<CrisisAction> crisis = new ArrayList<>();
  private final List<NewFollowUp> followUps = new ArrayList<>();

  private ACall() {}

  public static ACall aCall() {
    return new ACall();
  }

  public ACall startedAt(Instant at) {
    startedAt = at;
    return this;
  }

  public ACall lasting(Duration length) {
    this.length = length;
    return this;
  }

  /** Suicidal ideation with a plan: the rule says HIGH, so a supervisor must review it. */
  public ACall highRisk() {
    risk = new RiskScreen(true, true, false, false, false, false, false);
    return this;
  }

  public ACall overriddenTo(RiskLevel level, String reason) {
    override = level;
    overrideReason = reason;
    return this;
  }

  public ACall crisis(CrisisKind kind, Duration afterStart) {
    crisis.add(new CrisisAction(kind, startedAt.plus(afterStart)));
    return this;
  }

  public ACall followUp(java.time.LocalDate dueOn) {
    followUps.add(new NewFollowUp("回访", dueOn, UUID.randomUUID()));
    return this;
  }

  public NewCall build() {
    return new NewCall(
        UUID.randomUUID(),
        startedAt,
        startedAt.plus(length),
        Channel.PHONE,
        "13912345678",
        AgeBand.FROM_18_TO_34,
        CallerSex.FEMALE,
        "350923100006",
        PopulationGroup.STUDENT,
        true,
        "AB12",
        Set.of(ProblemCategory.ANXIETY),
        "考试前失眠，担心家人",
        risk,
        override,
        overrideReason,
        List.copyOf(crisis),
        null,
        List.copyOf(followUps));
  }
}

package org.qunfang.hotline.api.call;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** One call as an exported row: what a supervisor takes out, with a reason, for a case review. */
public record CallRecordRow(
    Instant startedAt,
    Instant endedAt,
    long minutes,
    String hotlineName,
    String counsellorName,
    Channel channel,
    AgeBand ageBand,
    CallerSex sex,
    String divisionCode,
    PopulationGroup group,
    boolean forSelf,
    String callerToken,
    Set<ProblemCategory> categories,
    String summary,
    RiskLevel assessedLevel,
    RiskLevel riskLevel,
    String overrideReason,
    List<CrisisKind> crisisActions,
    List<ReferralTarget> referrals,
    String reviewedBy,
    String reviewNote) {}

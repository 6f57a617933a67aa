package org.qunfang.hotline.api.call;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A call in full, for those allowed to read it; the call-back contact is masked. */
public record CallView(
    UUID id,
    UUID hotlineId,
    String hotlineName,
    UUID counsellorId,
    String counsellorName,
    UUID teamId,
    Instant startedAt,
    Instant endedAt,
    long minutes,
    Channel channel,
    String maskedContact,
    AgeBand ageBand,
    CallerSex sex,
    String divisionCode,
    PopulationGroup group,
    boolean forSelf,
    String callerToken,
    Set<ProblemCategory> categories,
    String summary,
    RiskScreen risk,
    RiskLevel assessedLevel,
    RiskLevel level,
    String overrideReason,
    List<CrisisAction> crisisActions,
    List<ReferralView> referrals,
    List<FollowUpView> followUps,
    Instant reviewDueAt,
    Instant reviewedAt,
    String reviewedBy,
    String reviewNote,
    long version) {}

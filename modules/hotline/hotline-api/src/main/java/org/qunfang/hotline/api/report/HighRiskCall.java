package org.qunfang.hotline.api.report;

import java.time.Instant;

/**
 * How one high or imminent call was handled, for supervisors: no caller data, only what was done.
 */
public record HighRiskCall(
    Instant startedAt,
    String hotlineName,
    String group,
    String level,
    String crisisActions,
    String referrals,
    String review) {}

package org.qunfang.hotline.api.call;

import java.time.Instant;
import java.util.UUID;

/** A call in a list: no summary, no contact. */
public record CallRow(
    UUID id,
    Instant startedAt,
    long minutes,
    String hotlineName,
    String counsellorName,
    Channel channel,
    PopulationGroup group,
    RiskLevel level,
    String callerToken,
    Instant reviewDueAt,
    boolean reviewed) {}

package org.qunfang.grid.api.sweep;

import java.time.Instant;
import java.util.UUID;

public record VisitView(
    UUID id,
    UUID sweepId,
    UUID householdId,
    String gridCode,
    String address,
    int personsSeen,
    int contactsVerified,
    String notes,
    String visitedBy,
    Instant visitedAt,
    long version) {}

package org.qunfang.grid.api.checkpoint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record PassageView(
    UUID id,
    UUID checkpointId,
    Subject subject,
    String vehiclePlate,
    BigDecimal temperature,
    boolean flagged,
    HealthCode healthCode,
    boolean idRegistered,
    Instant passedAt,
    String recordedBy) {}

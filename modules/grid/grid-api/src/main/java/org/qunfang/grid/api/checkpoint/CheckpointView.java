package org.qunfang.grid.api.checkpoint;

import java.time.LocalTime;
import java.util.UUID;

public record CheckpointView(
    UUID id,
    UUID gridId,
    String gridCode,
    String divisionCode,
    String name,
    CheckpointKind kind,
    String location,
    boolean roundTheClock,
    LocalTime opensAt,
    LocalTime closesAt,
    boolean closedManagement,
    boolean active,
    long version) {}

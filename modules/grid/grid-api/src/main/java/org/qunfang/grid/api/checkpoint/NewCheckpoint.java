package org.qunfang.grid.api.checkpoint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A checkpoint of a small grid. It is staffed round the clock, or from {@code opensAt} to {@code
 * closesAt} (which may pass midnight).
 */
public record NewCheckpoint(
    @NotNull UUID gridId,
    @NotBlank @Size(max = 60) String name,
    @NotNull CheckpointKind kind,
    @NotBlank @Size(max = 200) String location,
    boolean roundTheClock,
    LocalTime opensAt,
    LocalTime closesAt,
    boolean closedManagement) {}

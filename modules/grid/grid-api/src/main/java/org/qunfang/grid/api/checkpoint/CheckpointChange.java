package org.qunfang.grid.api.checkpoint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;

/** New hours, management or standing of a checkpoint; {@code version} is the one the editor saw. */
public record CheckpointChange(
    @NotBlank @Size(max = 200) String location,
    boolean roundTheClock,
    LocalTime opensAt,
    LocalTime closesAt,
    boolean closedManagement,
    boolean active,
    long version) {}

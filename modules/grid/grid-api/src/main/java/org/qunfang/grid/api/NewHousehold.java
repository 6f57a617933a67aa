package org.qunfang.grid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A household of a small grid, optionally in one of its buildings. */
public record NewHousehold(
    @NotNull UUID gridId,
    UUID buildingId,
    @NotBlank @Size(max = 200) String address,
    @Size(max = 30) String room) {}

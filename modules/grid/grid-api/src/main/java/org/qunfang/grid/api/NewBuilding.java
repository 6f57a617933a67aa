package org.qunfang.grid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A building (楼栋) of a small grid, e.g. "3号楼" or "后山自然村". */
public record NewBuilding(
    @NotNull UUID gridId, @NotBlank @Size(max = 60) String name, @Size(max = 200) String address) {}

package org.qunfang.grid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.qunfang.kernel.validation.DivisionCodeFormat;

/**
 * A grid to draw: a big grid names its township ({@code divisionCode}, 9 digits); a small grid
 * names its big grid ({@code parentId}) and its community or village (12 digits).
 */
public record NewGrid(
    @NotNull GridKind kind,
    @NotBlank @Size(max = 60) String name,
    @NotBlank @DivisionCodeFormat String divisionCode,
    UUID parentId) {}

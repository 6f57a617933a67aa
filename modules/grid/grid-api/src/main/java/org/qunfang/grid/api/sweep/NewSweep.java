package org.qunfang.grid.api.sweep;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.qunfang.kernel.validation.DivisionCodeFormat;

/** A sweep campaign over a division (district, township or community) for a period. */
public record NewSweep(
    @NotBlank @Size(max = 60) String name,
    @NotBlank @DivisionCodeFormat String divisionCode,
    @NotNull LocalDate startDate,
    @NotNull LocalDate endDate) {}

package org.qunfang.grid.api.sweep;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.qunfang.kernel.validation.DivisionCodeFormat;
import org.qunfang.kernel.validation.InService;

/** A sweep campaign over a division (district, township or community) for a period. */
public record NewSweep(
    @NotBlank @Size(max = 60) String name,
    @NotBlank @DivisionCodeFormat String divisionCode,
    @NotNull @InService LocalDate startDate,
    @NotNull @InService LocalDate endDate) {}

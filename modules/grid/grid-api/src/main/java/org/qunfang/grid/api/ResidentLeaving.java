package org.qunfang.grid.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Someone leaving the register on a day: moved away (已迁出) or deceased (已故). The record stays,
 * marked, with its history. {@code version} is the version of the resident the editor saw.
 */
public record ResidentLeaving(
    @NotNull ResidentStatus status,
    @NotNull @PastOrPresent LocalDate on,
    @Size(max = 200) String note,
    long version) {}

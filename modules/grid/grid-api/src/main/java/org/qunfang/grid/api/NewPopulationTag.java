package org.qunfang.grid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A tag an administrator adds to the reference list. */
public record NewPopulationTag(
    @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String code,
    @NotBlank @Size(max = 30) String nameZh,
    @NotBlank @Size(max = 60) String nameEn) {}

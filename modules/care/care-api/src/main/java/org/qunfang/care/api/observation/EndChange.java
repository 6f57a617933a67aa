package org.qunfang.care.api.observation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.qunfang.kernel.validation.InService;

/** A new planned last day, always with the reason; the history keeps every change. */
public record EndChange(
    @NotNull @InService LocalDate plannedEnd,
    @NotBlank @Size(max = 200) String reason,
    long version) {}

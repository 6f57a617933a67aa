package org.qunfang.dispatch.api.mobilisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A unit an order calls on, and how many people it is to send. */
public record UnitAsk(@NotBlank @Size(max = 100) String unit, @Min(1) @Max(10_000) int people) {}

package org.qunfang.dispatch.api.mobilisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.qunfang.dispatch.api.post.PostKind;

/** The posts an order is for: how many places of a kind it is to fill. */
public record PostAsk(@NotNull PostKind kind, @Min(1) @Max(10_000) int headcount) {}

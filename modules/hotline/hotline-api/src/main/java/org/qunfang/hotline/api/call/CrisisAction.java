package org.qunfang.hotline.api.call;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.qunfang.kernel.validation.InService;

/** A crisis step and when it was taken. */
public record CrisisAction(@NotNull CrisisKind kind, @NotNull @InService Instant at) {}

package org.qunfang.hotline.api.setup;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.qunfang.kernel.validation.InService;

/** A counsellor on duty on a line from one moment to another (值班). */
public record NewDuty(
    @NotNull UUID hotlineId,
    @NotNull UUID counsellorId,
    @NotNull @InService Instant startsAt,
    @NotNull @InService Instant endsAt) {}

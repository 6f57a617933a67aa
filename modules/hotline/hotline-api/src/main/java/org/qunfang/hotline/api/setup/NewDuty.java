package org.qunfang.hotline.api.setup;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** A counsellor on duty on a line from one moment to another (值班). */
public record NewDuty(
    @NotNull UUID hotlineId,
    @NotNull UUID counsellorId,
    @NotNull Instant startsAt,
    @NotNull Instant endsAt) {}

package org.qunfang.hotline.api.setup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A counsellor of a team; {@code account} is their user name when they log calls themselves. */
public record NewCounsellor(
    @NotBlank @Size(max = 30) String name,
    @NotNull Qualification qualification,
    @NotNull UUID teamId,
    @Size(max = 64) String account) {}

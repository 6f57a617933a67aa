package org.qunfang.grid.api.wechat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record WechatGroupChange(
    @NotBlank @Size(max = 60) String name,
    @NotBlank @Size(max = 30) String administrator,
    @NotNull @PositiveOrZero @Max(100_000) Integer householdsCovered,
    long version) {}

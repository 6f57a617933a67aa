package org.qunfang.grid.api.publicity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.qunfang.kernel.validation.DivisionCodeFormat;
import org.qunfang.kernel.validation.InService;

/** A community's publicity activity on a day and what it counted. */
public record NewActivity(
    @NotBlank @DivisionCodeFormat String communityCode,
    @NotNull @PastOrPresent @InService LocalDate heldOn,
    @NotBlank @Size(max = 100) String title,
    @PositiveOrZero @Max(100_000) int banners,
    @PositiveOrZero @Max(100_000) int slogans,
    @PositiveOrZero @Max(100_000) int householdsVisited,
    @PositiveOrZero @Max(1_000_000) int personTimes,
    @PositiveOrZero @Max(100_000) int wechatPosts,
    @PositiveOrZero @Max(100_000) int articles) {}

package org.qunfang.hotline.api.stats;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.UUID;
import org.qunfang.kernel.validation.InService;

/**
 * Person-times an agency served on a day in one mode, beyond the calls logged here (those are
 * counted from the records). Entering the same agency, day and mode again replaces the figure.
 */
public record NewServiceCount(
    @NotNull UUID agencyId,
    @NotNull @PastOrPresent @InService LocalDate servedOn,
    @NotNull ServiceMode mode,
    @PositiveOrZero @Max(100_000) int personTimes) {}

package org.qunfang.grid.api.sweep;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.qunfang.kernel.validation.InService;

/**
 * A household visited in a sweep: how many people were seen and how many contact details were
 * checked. Without a time, the visit is now.
 */
public record NewVisit(
    @NotNull UUID householdId,
    @NotNull @PositiveOrZero @Max(50) Integer personsSeen,
    @NotNull @PositiveOrZero @Max(50) Integer contactsVerified,
    @Size(max = 500) String notes,
    @PastOrPresent @InService Instant visitedAt) {}

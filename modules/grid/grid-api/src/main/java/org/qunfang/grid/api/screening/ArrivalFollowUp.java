package org.qunfang.grid.api.screening;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new follow-up status; {@code version} is the one the editor saw. */
public record ArrivalFollowUp(
    @NotNull FollowUp status, @Size(max = 500) String note, long version) {}

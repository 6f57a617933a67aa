package org.qunfang.grid.api.sweep;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A revisit's correction of a visit record; {@code version} is the one the editor saw. */
public record VisitChange(
    @NotNull @PositiveOrZero @Max(50) Integer personsSeen,
    @NotNull @PositiveOrZero @Max(50) Integer contactsVerified,
    @Size(max = 500) String notes,
    long version) {}

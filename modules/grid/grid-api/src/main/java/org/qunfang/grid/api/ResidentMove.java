package org.qunfang.grid.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Someone moving to another household (of this grid or another), on a day: their record, ID number
 * and tags go with them; someone who had moved away or was wrongly marked is back on the register.
 * {@code version} is the version of the resident the editor saw.
 */
public record ResidentMove(
    @NotNull UUID householdId,
    @NotNull Relation relation,
    @NotNull @PastOrPresent LocalDate on,
    @Size(max = 200) String note,
    long version) {}

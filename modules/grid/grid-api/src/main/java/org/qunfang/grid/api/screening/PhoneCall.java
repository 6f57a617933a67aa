package org.qunfang.grid.api.screening;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The outcome of calling a number; {@code version} is the one the caller saw. */
public record PhoneCall(
    @NotNull PhoneOutcome outcome, @Size(max = 200) String note, long version) {}

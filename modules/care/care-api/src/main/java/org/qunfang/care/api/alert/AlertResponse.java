package org.qunfang.care.api.alert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Closing an alert: what was done (a transfer names where to) and a note of what was found. {@code
 * version} is the alert's, so two people acting on one alert cannot both close it.
 */
public record AlertResponse(
    @NotNull AlertAction action,
    TransferTarget transferredTo,
    @NotBlank @Size(max = 200) String note,
    long version) {}

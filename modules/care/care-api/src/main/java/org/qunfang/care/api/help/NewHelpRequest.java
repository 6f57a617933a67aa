package org.qunfang.care.api.help;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A request from an observed household ({@code observationId}) or any household of the register
 * ({@code householdId}: elderly living alone, disabled …) — one of the two.
 */
public record NewHelpRequest(
    UUID observationId,
    UUID householdId,
    @NotNull HelpKind kind,
    @NotBlank @Size(max = 200) String details,
    @NotNull Urgency urgency,
    @NotNull AskedBy askedBy) {}

package org.qunfang.care.api.observation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.qunfang.kernel.validation.InService;

/**
 * Placing a registered resident under observation from {@code start} for the type's period. An
 * arrival names the area they came from in {@code details}.
 */
public record Placement(
    @NotNull UUID residentId,
    @NotNull UUID typeId,
    @NotNull Reason reason,
    @Size(max = 100) String details,
    @NotNull @InService LocalDate start) {

  public Placement {
    details = details == null || details.isBlank() ? null : details.strip();
  }
}

package org.qunfang.grid.api.checkpoint;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import org.qunfang.kernel.validation.InService;

/**
 * One passage through a checkpoint, entered at the gate. A body temperature outside 34–43 °C is a
 * misreading, not a fever, and is refused. Without a time, the passage is now.
 */
public record NewPassage(
    @NotNull Subject subject,
    @Pattern(regexp = "[\\p{IsHan}A-Z0-9]{5,10}", message = "{org.qunfang.grid.api.plate}")
        String vehiclePlate,
    @NotNull
        @DecimalMin(value = "34.0", message = "{org.qunfang.grid.api.temperature}")
        @DecimalMax(value = "43.0", message = "{org.qunfang.grid.api.temperature}")
        @Digits(integer = 2, fraction = 1, message = "{org.qunfang.grid.api.temperature}")
        BigDecimal temperature,
    @NotNull HealthCode healthCode,
    boolean idRegistered,
    @PastOrPresent @InService Instant passedAt) {

  /** 37.3 °C or more: flagged for the on-duty medic. */
  public static final BigDecimal FEVER = new BigDecimal("37.3");

  public NewPassage {
    vehiclePlate =
        vehiclePlate == null || vehiclePlate.isBlank()
            ? null
            : vehiclePlate.strip().toUpperCase().replace(" ", "").replace("·", "");
  }
}

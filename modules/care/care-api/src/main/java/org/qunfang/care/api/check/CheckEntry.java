package org.qunfang.care.api.check;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.qunfang.care.api.type.CheckSlot;
import org.qunfang.care.api.type.Symptom;
import org.qunfang.kernel.validation.InService;

/**
 * A check as recorded: when (now when null), the axillary temperature (34–43 °C, anything else a
 * misreading; none when the person was not reached or refused), the symptoms, who measured and what
 * came of it. It fills the slot whose window holds its time; otherwise it is an extra check.
 */
public record CheckEntry(
    @PastOrPresent @InService Instant at,
    @DecimalMin(value = "34.0", message = "{org.qunfang.care.api.temperature}")
        @DecimalMax(value = "43.0", message = "{org.qunfang.care.api.temperature}")
        @Digits(integer = 2, fraction = 1, message = "{org.qunfang.care.api.temperature}")
        BigDecimal temperature,
    Set<@NotNull Symptom> symptoms,
    @NotNull Measurer measuredBy,
    @NotNull CheckStatus status,
    @Size(max = 200) String note,
    CheckSlot slot) {

  public CheckEntry {
    symptoms = symptoms == null ? Set.of() : Set.copyOf(symptoms);
    note = note == null || note.isBlank() ? null : note.strip();
  }
}
